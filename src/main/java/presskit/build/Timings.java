package presskit.build;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The steps of one build as they begin and end, told to whoever follows them: the benchmark's phase
 * times ({@code PRESSKIT_TIMINGS}), a progress line on a terminal, {@code --verbose}. A build
 * nobody follows gets {@link #OFF}.
 */
public final class Timings {

    /** Someone following a build's steps. */
    public interface Listener {

        /**
         * {@code step} ({@code load}, {@code render}, {@code validate}, {@code exports}, {@code
         * write}) begins.
         */
        default void began(String step) {}

        /**
         * {@code step} ended, {@code millis} after it began (or after the step before it ended).
         */
        void ended(String step, long millis);

        /**
         * The same, with what the step wants to say of how it went ({@code "113 rendered, 1827
         * taken from the last build"}), or null.
         */
        default void ended(String step, long millis, String detail) {
            ended(step, millis);
        }
    }

    /** Tells nobody. */
    public static final Timings OFF = new Timings(List.of(), System::nanoTime);

    private final List<Listener> listeners;
    private final LongSupplier nanos;
    private long last;

    private Timings(List<Listener> listeners, LongSupplier nanos) {
        this.listeners = List.copyOf(listeners);
        this.nanos = nanos;
        this.last = nanos.getAsLong();
    }

    /** Times printed to {@code err} as {@code timing: render 812 ms} (the benchmark reads them). */
    public static Listener printedTo(PrintWriter err) {
        return (step, millis) -> err.printf("timing: %-10s %5d ms%n", step, millis);
    }

    /** Steps told to these listeners; none gives {@link #OFF}. */
    public static Timings of(List<Listener> listeners) {
        return listeners.isEmpty() ? OFF : new Timings(listeners, System::nanoTime);
    }

    /** Marks the beginning of {@code step}. */
    public void begin(String step) {
        listeners.forEach(l -> l.began(step));
    }

    /** Marks the end of {@code step}, telling how long it took since the previous mark. */
    public void mark(String step) {
        mark(step, null);
    }

    /** The same, with a {@code detail} of how it went, or null. */
    public void mark(String step, String detail) {
        if (listeners.isEmpty()) {
            return;
        }
        long now = nanos.getAsLong();
        long millis = (now - last) / 1_000_000;
        last = now;
        listeners.forEach(l -> l.ended(step, millis, detail));
    }
}
