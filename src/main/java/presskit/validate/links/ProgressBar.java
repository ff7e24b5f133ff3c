package presskit.validate.links;

import java.io.PrintWriter;

/**
 * Draws {@code checking links [#####.....] 12/200} on one terminal line while links are checked,
 * and clears it at the end. Only for a terminal: redirected output must not fill with carriage
 * returns.
 */
public final class ProgressBar implements LinkCheckListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private int drawnLength;

    public ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(int total) {
        if (total > 0) {
            draw(0, total);
        }
    }

    @Override
    public synchronized void checked(LinkResult result, int done, int total) {
        if (done >= total) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        } else {
            draw(done, total);
        }
    }

    @Override
    public synchronized void warning(String message) {
        err.println((drawnLength > 0 ? "\n" : "") + "presskit: warning: " + message);
        err.flush();
        drawnLength = 0;
    }

    private void draw(int done, int total) {
        int filled = (int) ((long) WIDTH * done / total);
        String line =
                "checking links ["
                        + "#".repeat(filled)
                        + ".".repeat(WIDTH - filled)
                        + "] "
                        + done
                        + "/"
                        + total;
        err.print("\r" + line);
        err.flush();
        drawnLength = line.length();
    }
}
