package presskit.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import presskit.build.BranchFiles;
import presskit.source.SourceFiles;

/** {@code presskit branch}: starts a local branch's file for its municipality. */
@Command(
        name = "branch",
        mixinStandardHelpOptions = true,
        description = {
            "Start the branch file of a municipality, DIR/branches/<code>.yaml: the year's"
                    + " committee and a commented example politician to copy.",
            "An existing file is never overwritten."
        })
@Examples({
    "presskit branch 0180                     # messages/branches/0180.yaml",
    "presskit branch kiruna --year 2025"
})
final class BranchCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "MUNICIPALITY",
            description = "Its code or its name, case and å, ä, ö optional: 2584, kiruna.")
    String municipality;

    @Mixin MessagesFolder messages;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description =
                    "Report year whose committee to write (default: the newest in the messages"
                            + " folder).")
    Integer year;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        BranchFiles.Written written =
                BranchFiles.create(messages.dir, Optional.ofNullable(year), municipality);
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote %s for %s: list the committee's politicians in it, then run"
                                + " presskit build --municipality %s.%n",
                        SourceFiles.display(written.file()),
                        written.officialName(),
                        written.municipality().code());
        return ExitCode.OK.code();
    }
}
