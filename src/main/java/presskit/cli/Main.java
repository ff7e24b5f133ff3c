package presskit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Entry point of the presskit command line; the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
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
        CommandLine cli = new CommandLine(PresskitCommand.class, new CommandFactory(context));
        // No colour, on a terminal either: SafeTerminalWriter shows every ESC as text, so picocli's
        // styles would reach a person as "\u001B[1m", and NO_COLOR and pipes need none anyway.
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cli.setOut(new PrintWriter(new SafeTerminalWriter(out), true));
        cli.setErr(new PrintWriter(new SafeTerminalWriter(err), true));
        // "@file" arguments are ordinary text here: a post may well start with a mention.
        cli.setExpandAtFiles(false);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(ErrorReporter::exitCodeOf);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setExecutionStrategy(new DebugNotes());
        cli.setParameterExceptionHandler(ErrorReporter::usageError);
        HelpSections.install(cli);
        return cli.execute(args);
    }
}
