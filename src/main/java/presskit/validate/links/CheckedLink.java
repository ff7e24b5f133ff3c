package presskit.validate.links;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one check of a link found, and when: an entry of the year's links file, which builds show on
 * the page and in the manifest.
 *
 * @param url the URL checked: as used, without tracking parameters or fragment
 * @param verdict what the check concluded
 * @param status the last HTTP status received, or null when none was
 * @param finalUrl the last address requested, after redirects, or null
 * @param title the page's {@code <title>}, or null
 * @param og the page's Open Graph tags
 * @param checkedAt when the check was made, to the second
 */
public record CheckedLink(
        String url,
        Verdict verdict,
        Integer status,
        String finalUrl,
        String title,
        OpenGraph og,
        Instant checkedAt) {

    public CheckedLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(verdict, "verdict");
        og = og == null ? OpenGraph.NONE : og;
        // Sub-second precision says nothing to a reader and would only make the file noisier.
        checkedAt = Objects.requireNonNull(checkedAt, "checkedAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /** The result of a check made at the given time. */
    public static CheckedLink of(LinkResult result, Instant checkedAt) {
        return new CheckedLink(
                result.url(),
                result.verdict(),
                result.status(),
                result.finalUrl(),
                result.title(),
                result.og(),
                checkedAt);
    }
}
