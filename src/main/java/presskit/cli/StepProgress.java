package presskit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import presskit.build.Timings;

/**
 * Tells a person how a build goes, on standard error: on a terminal a line naming the step under
 * way, redrawn in place with a carriage return and cleared when the step ends; with {@code
 * --verbose} a line for each step ended, with its time. No escape sequences either way, so {@code
 * NO_COLOR}, {@code TERM=dumb} and a log read the same text.
 */
final class StepProgress implements Timings.Listener {

    private static final Map<String, String> DOING =
            Map.of(
                    "load", "loading the campaign",
                    "render", "rendering the outputs",
                    "validate", "checking the outputs",
                    "exports", "making the page and the exports",
                    "write", "writing the kit");

    private static final Map<String, String> DONE =
            Map.of(
                    "load", "Loaded the campaign",
                    "render", "Rendered the outputs",
                    "validate", "Checked the outputs",
                    "exports", "Made the page and the exports",
                    "write", "Wrote the kit");

    private final PrintWriter err;
    private final boolean line;
    private final boolean steps;
    private int drawn;

    /**
     * @param line whether to draw the progress line (a person at a terminal)
     * @param steps whether to print each step ended with its time ({@code --verbose})
     */
    StepProgress(PrintWriter err, boolean line, boolean steps) {
        this.err = err;
        this.line = line;
        this.steps = steps;
    }

    @Override
    public void began(String step) {
        if (!line) {
            return;
        }
        String text = "presskit: " + DOING.getOrDefault(step, step) + "…";
        err.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
        err.flush();
        drawn = text.length();
    }

    @Override
    public void ended(String step, long millis) {
        ended(step, millis, null);
    }

    @Override
    public void ended(String step, long millis, String detail) {
        if (drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
        if (steps) {
            err.println(
                    DONE.getOrDefault(step, step)
                            + " in "
                            + seconds(millis)
                            + (detail == null ? "" : " (" + detail + ")")
                            + ".");
        }
        err.flush();
    }

    /** {@code "4.1 s"}. */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
