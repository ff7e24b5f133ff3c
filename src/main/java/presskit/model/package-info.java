/**
 * Immutable records of a campaign: organisation, year, report, survey, figures, messages, quotes,
 * links, contacts, the geography of regions and municipalities, branches. No I/O and no libraries.
 */
package presskit.model;
