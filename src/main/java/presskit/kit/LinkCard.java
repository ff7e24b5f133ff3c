package presskit.kit;

import java.time.Instant;
import presskit.model.Link;

/**
 * A link as the press-kit page shows it: the year's own title and description, and, when the year's
 * links file has it, what the last link check found (its verdict, the page's title and Open Graph
 * preview, and when it was checked). Unchecked fields are null.
 *
 * @param failed whether the last check found the link not working or could not confirm that it
 *     works (the verdicts {@code presskit links} exits 1 for): the page warns of it at its top
 */
public record LinkCard(
        String id,
        String url,
        String title,
        String description,
        String verdict,
        boolean failed,
        String pageTitle,
        String ogTitle,
        String ogDescription,
        String ogImage,
        Instant checkedAt) {

    /** The year's {@code link} as no check has seen it. */
    public static LinkCard unchecked(Link link) {
        return new LinkCard(
                link.id(),
                link.url(),
                link.title(),
                link.description(),
                null,
                false,
                null,
                null,
                null,
                null,
                null);
    }
}
