package presskit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code presskit} command: holds the global options and lists the sub-commands. */
@Command(
        name = "presskit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        // Descriptions that differ by command although the option is shared (--only).
        resourceBundle = "presskit.cli.Help",
        description =
                "Turn a year's campaign data in messages/ into launch-day posts, press"
                        + " releases and a press kit.",
        // The sub-commands are added by PresskitCommandLine: all of them, or the one named.
        exitCodeListHeading = "%nExit status:%n",
        // The same list as ExitCode and the README's "Commands" section.
        exitCodeList = {
            " 0:ok",
            " 1:findings, a text over the limit, a broken link, or something not published",
            " 2:usage error, or input that cannot be loaded",
            " 3:network or API failure",
            " 4:a file or folder that cannot be written or read (full disk, read-only, permission)",
            "70:a bug in presskit: run again with --debug and send the output to its maintainers"
        })
@Examples({
    "presskit init                  # start a campaign's folder, messages/",
    "presskit validate              # check the newest year",
    "presskit build --no-pdf        # build it into out/<year>/",
    "presskit help build            # the help of one command"
})
public final class PresskitCommand implements Runnable {

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Print the stack trace of a failure, for a bug report.")
    boolean debug;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
