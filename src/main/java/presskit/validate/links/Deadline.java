package presskit.validate.links;

import java.time.Duration;

/**
 * The end of the time allowed for one URL, kept as a start and a budget so that no sum of
 * nanosecond counts can overflow, however long the budget or the wait a server asks for.
 */
final class Deadline {

    private static final Duration LONGEST_NANOS = Duration.ofNanos(Long.MAX_VALUE);

    private final long start;
    private final Duration budget;

    private Deadline(long start, Duration budget) {
        this.start = start;
        this.budget = budget;
    }

    /** A deadline {@code budget} from now. */
    static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime(), budget);
    }

    /** What is left of the budget; zero or negative once it has run out. */
    Duration remaining() {
        return budget.minus(Duration.ofNanos(System.nanoTime() - start));
    }

    /** Whether waiting {@code wait} would reach or pass the deadline. */
    boolean reachedAfter(Duration wait) {
        return wait.compareTo(remaining()) >= 0;
    }

    /** Nanoseconds in {@code d}, at most {@link Long#MAX_VALUE} and at least zero. */
    static long nanos(Duration d) {
        if (d.isNegative()) {
            return 0;
        }
        return d.compareTo(LONGEST_NANOS) >= 0 ? Long.MAX_VALUE : d.toNanos();
    }
}
