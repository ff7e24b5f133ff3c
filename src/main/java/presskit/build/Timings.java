package presskit.build;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Phase times of one build, printed to standard error when asked for (the benchmark sets {@code
 * PRESSKIT_TIMINGS}); a build that is not timed gets {@link #OFF}.
 */
public final class Timings {

    /** Times nothing. */
    public static final Timings OFF = new Timings(null, System::nanoTime);

    private final PrintWriter err;
    private final LongSupplier nanos;
    private long last;

    private Timings(PrintWriter err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
        this.last = nanos.getAsLong();
    }

    /** Times printed to {@code err}. */
    public static Timings printedTo(PrintWriter err) {
        return new Timings(err, System::nanoTime);
    }

    /** Marks the end of {@code phase}, printing how long it took since the previous mark. */
    public void mark(String phase) {
        if (err == null) {
            return;
        }
        long now = nanos.getAsLong();
        err.printf("timing: %-10s %5d ms%n", phase, (now - last) / 1_000_000);
        last = now;
    }
}
