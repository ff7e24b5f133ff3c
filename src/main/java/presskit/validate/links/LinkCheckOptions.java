package presskit.validate.links;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The bounds of a link check.
 *
 * @param timeout the whole time allowed for one URL: connection, redirects, retry and reading
 * @param maxConcurrency how many URLs are checked at once, over all hosts
 * @param perHost how many URLs of one host are checked at once, so no site sees a burst from us
 * @param maxRedirects how many redirects are followed before giving up
 * @param maxBodyBytes how much of an HTML page is read (the head, where title and tags are, comes
 *     first)
 * @param retryBackoff the wait before the one retry after 429 or 503 when the server names none
 * @param clock the time used to read a {@code Retry-After} date
 */
public record LinkCheckOptions(
        Duration timeout,
        int maxConcurrency,
        int perHost,
        int maxRedirects,
        int maxBodyBytes,
        Duration retryBackoff,
        Clock clock) {

    /** Longer than any link check may take; it keeps every deadline far from overflowing. */
    public static final Duration LONGEST_TIMEOUT = Duration.ofDays(1);

    public LinkCheckOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(LONGEST_TIMEOUT) > 0) {
            throw new IllegalArgumentException(
                    "'timeout' must be positive and at most " + LONGEST_TIMEOUT + ": " + timeout);
        }
        positive("maxConcurrency", maxConcurrency);
        positive("perHost", perHost);
        positive("maxRedirects", maxRedirects);
        positive("maxBodyBytes", maxBodyBytes);
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(clock, "clock");
    }

    /** 10 s per URL, 32 at once and 8 per host, 10 redirects, 1 MiB of page, 1 s before a retry. */
    public static LinkCheckOptions defaults() {
        return new LinkCheckOptions(
                Duration.ofSeconds(10),
                32,
                8,
                10,
                1024 * 1024,
                Duration.ofSeconds(1),
                Clock.systemUTC());
    }

    public LinkCheckOptions withTimeout(Duration value) {
        return new LinkCheckOptions(
                value, maxConcurrency, perHost, maxRedirects, maxBodyBytes, retryBackoff, clock);
    }

    public LinkCheckOptions withConcurrency(int overall, int oneHost) {
        return new LinkCheckOptions(
                timeout, overall, oneHost, maxRedirects, maxBodyBytes, retryBackoff, clock);
    }

    public LinkCheckOptions withRetryBackoff(Duration value) {
        return new LinkCheckOptions(
                timeout, maxConcurrency, perHost, maxRedirects, maxBodyBytes, value, clock);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("'" + name + "' must be positive: " + value);
        }
    }
}
