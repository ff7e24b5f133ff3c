/**
 * The online link check: every unique URL checked once, concurrently and within bounds, with its
 * status, redirect chain, page title, Open Graph tags and a verdict; results cached for a while.
 *
 * <p>{@link presskit.validate.links.LinkChecker} does the checking, {@link
 * presskit.validate.links.LinkCache} remembers the results and {@link
 * presskit.validate.links.LinkReport} prints them. A year's links come in as {@link
 * presskit.validate.links.LinkUse}s from the command line, which knows the year. What a year's
 * check found is saved in the year's {@link presskit.validate.links.LinksFile}, the only link-check
 * result a build reads: the cache is for the checker alone.
 */
package presskit.validate.links;
