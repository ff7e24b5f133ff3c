/**
 * Renders a release's HTML as an A4 PDF with its fonts embedded and cut down to the characters
 * used. Adapter for openhtmltopdf, PDFBox and, for HTML5 parsing, Jsoup.
 */
package presskit.render.pdf;
