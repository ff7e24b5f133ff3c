/**
 * The year's publishing plan matched with the kit's posts, as Hootsuite's bulk-composer CSV and as
 * iCalendar.
 */
package presskit.schedule;
