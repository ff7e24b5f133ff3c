package presskit.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/** Phase times of one run, printed to standard error when {@code PRESSKIT_TIMINGS} is set (for the benchmark). */
final class Timings {

    private static final boolean ON = System.getenv("PRESSKIT_TIMINGS") != null;
    private static long last = System.nanoTime();

    private Timings() {
    }

    static void mark(PrintWriter err, String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        err.printf("timing: %-10s %5d ms (%5d ms since the JVM started)%n", phase, (now - last) / 1_000_000, sinceStart);
        last = now;
    }
}
