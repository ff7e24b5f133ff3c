/**
 * Offline checks of a rendered kit: each rule appends findings (post length, links, placeholders,
 * hashtags, embargo).
 */
package presskit.validate;
