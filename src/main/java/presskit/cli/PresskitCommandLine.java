package presskit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;

/**
 * presskit's command line as picocli runs it: the model of every command, its writers and its
 * handlers. Apart from {@link Main}, so that a command {@link QuickCommands} answers loads no
 * picocli class (checking Main's code would otherwise load them).
 */
final class PresskitCommandLine {

    private PresskitCommandLine() {}

    /**
     * The sub-commands, in the order the help lists them. The last three read the model of every
     * command (the help of one, the completion script, the manual pages).
     */
    private static final List<Class<?>> COMMANDS =
            List.of(
                    BuildCommand.class,
                    ServeCommand.class,
                    ValidateCommand.class,
                    CountCommand.class,
                    LinksCommand.class,
                    ExportCommand.class,
                    ApproveCommand.class,
                    PublishCommand.class,
                    BranchCommand.class,
                    InitCommand.class,
                    NewYearCommand.class,
                    CommandLine.HelpCommand.class,
                    CompletionCommand.class,
                    ManCommand.class);

    private static final Set<Class<?>> READ_EVERY_COMMAND =
            Set.of(CommandLine.HelpCommand.class, CompletionCommand.class, ManCommand.class);

    /** The command line with the model of every command. */
    static CommandLine of(Context context) {
        return of(context, null);
    }

    /**
     * The command line for {@code args}: when they start with a command's name, with that command's
     * model alone. Building the models of all fourteen takes a cold JVM about 0.2 s, that of one
     * about half as long, and a command reads only its own (its options, its help, its errors; the
     * inherited {@code --debug} it gets from the top command either way).
     */
    private static CommandLine of(Context context, Class<?> only) {
        CommandFactory factory = new CommandFactory(context);
        CommandLine cli = new CommandLine(PresskitCommand.class, factory);
        for (Class<?> command : COMMANDS) {
            if (only == null || command == only) {
                cli.addSubcommand(new CommandLine(command, factory));
            }
        }
        return cli;
    }

    /** The command {@code args} name first, unless it reads every command's model; or null. */
    private static Class<?> named(String[] args) {
        if (args.length == 0) {
            return null;
        }
        for (Class<?> command : COMMANDS) {
            if (!READ_EVERY_COMMAND.contains(command)
                    && command.getAnnotation(Command.class).name().equals(args[0])) {
                return command;
            }
        }
        return null;
    }

    static int run(String[] args, Context context, PrintWriter out, PrintWriter err) {
        CommandLine cli = of(context, named(args));
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
