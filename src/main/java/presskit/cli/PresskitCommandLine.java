package presskit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * presskit's command line as picocli runs it: the model of every command, its writers and its
 * handlers. Apart from {@link Main}, so that a command {@link QuickCommands} answers loads no
 * picocli class (checking Main's code would otherwise load them).
 */
final class PresskitCommandLine {

    private PresskitCommandLine() {}

    static int run(String[] args, Context context, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(PresskitCommand.class, new CommandFactory(context));
        // No colour, on a terminal either: SafeTerminalWriter shows every ESC as text, so picocli's
        // styles would reach a person as "\u001B[1m", and NO_COLOR and pipes need none anyway.
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cli.setOut(Main.terminal(out));
        cli.setErr(Main.terminal(err));
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
