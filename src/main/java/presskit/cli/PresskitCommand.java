package presskit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code presskit} command: holds the global options and lists the sub-commands. */
@Command(
        name = "presskit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a year's campaign data in messages/ into launch-day posts, press releases and a press kit.",
        subcommands = {BuildCommand.class, ValidateCommand.class, CountCommand.class, LinksCommand.class,
                ExportCommand.class,
                PublishCommand.class})
public final class PresskitCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces of unexpected errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
