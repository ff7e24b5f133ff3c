package presskit.publish;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard a run tries before it gives up on a post.
 *
 * @param tries attempts in all for server and connection errors
 * @param firstBackoff pause after the first failed attempt; it doubles after each further one
 * @param maxWait the longest a run waits for a rate limit to reset before it stops
 * @param rateLimitWaits how many rate-limit waits one post may take, so a confused server cannot
 *     hold a run forever
 */
public record RetryPolicy(int tries, Duration firstBackoff, Duration maxWait, int rateLimitWaits) {

    public RetryPolicy {
        if (tries < 1) {
            throw new IllegalArgumentException("'tries' must be at least 1");
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("'maxWait' must not be negative");
        }
    }

    /**
     * Three tries, 1 s then 2 s apart, and at most three waits for a rate limit within {@code
     * maxWait}.
     */
    public static RetryPolicy standard(Duration maxWait) {
        return new RetryPolicy(3, Duration.ofSeconds(1), maxWait, 3);
    }

    /** The pause after failed attempt {@code attempt} (1-based). */
    public Duration backoffAfter(int attempt) {
        return firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 16));
    }
}
