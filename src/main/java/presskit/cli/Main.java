package presskit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** Entry point of the presskit command line; the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // The top-level help and a plain count are answered before picocli's model is built.
        OptionalInt quick = QuickCommands.run(args, System.in, out, err);
        int status = quick.isPresent() ? quick.getAsInt() : run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line in this process's world and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, Context.system(), out, err);
    }

    /**
     * Runs the command line with the given world and streams and returns the exit status; nothing
     * else of the process is read or changed, so tests can run several at once.
     */
    public static int run(String[] args, Context context, PrintWriter out, PrintWriter err) {
        return PresskitCommandLine.run(args, context, out, err);
    }

    /** {@code to} as commands print to it: every character that could act on a terminal shown. */
    static PrintWriter terminal(PrintWriter to) {
        return new PrintWriter(new SafeTerminalWriter(to), true);
    }
}
