package presskit.model;

/**
 * A link the campaign uses.
 *
 * @param id the id texts and templates refer to
 * @param url the address
 * @param title the page's title as shown to readers
 * @param description what the page is ("rapporten", "regional bilaga")
 * @param primary whether posts link to it
 * @param note why the link points where it does (e.g. the source lost the address)
 */
public record Link(
        String id, String url, String title, String description, boolean primary, String note) {}
