/**
 * What is made from a finished kit for people who run no commands: the release PDFs, {@code
 * contacts.vcf}, the zips per audience and the press-kit page {@code index.html}.
 */
package presskit.export;
