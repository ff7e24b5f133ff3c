package presskit.validate.links;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one unique URL.
 *
 * @param url the URL checked: as used, without tracking parameters or fragment
 * @param verdict what the check concluded
 * @param status the last HTTP status received, or null when none was (timeout, refused connection)
 * @param finalUrl the last address requested, after redirects; null when the URL could not be
 *     requested
 * @param redirects the redirect chain, in order; empty when the first answer was not a redirect
 * @param title the page's {@code <title>}, or null
 * @param og the page's Open Graph tags
 * @param usedBy ids of the outputs that use the URL, in the order first seen
 * @param elapsedMs how long the check took, retries and redirects included
 * @param reason a short human explanation of the verdict
 * @param cached whether the result was taken from the cache instead of checked now
 */
public record LinkResult(
        String url,
        Verdict verdict,
        Integer status,
        String finalUrl,
        List<Redirect> redirects,
        String title,
        OpenGraph og,
        List<String> usedBy,
        long elapsedMs,
        String reason,
        boolean cached) {

    public LinkResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(verdict, "verdict");
        redirects = List.copyOf(Objects.requireNonNull(redirects, "redirects"));
        og = og == null ? OpenGraph.NONE : og;
        usedBy = List.copyOf(Objects.requireNonNull(usedBy, "usedBy"));
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the check failed because the host name could not be resolved. */
    public boolean hostNotFound() {
        return reason.equals(Reasons.HOST_NOT_FOUND);
    }

    /** This result for the given outputs. */
    public LinkResult withUsedBy(List<String> outputIds) {
        return new LinkResult(
                url, verdict, status, finalUrl, redirects, title, og, outputIds, elapsedMs, reason,
                cached);
    }

    /** This result as read back from the cache. */
    public LinkResult asCached() {
        return new LinkResult(
                url, verdict, status, finalUrl, redirects, title, og, usedBy, elapsedMs, reason,
                true);
    }

    public boolean isFailure() {
        return verdict.isFailure();
    }
}
