package presskit.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import presskit.build.NewYearFiles;
import presskit.source.SourceFiles;

/** {@code presskit new-year}: starts next year's file from an earlier year's. */
@Command(
        name = "new-year",
        mixinStandardHelpOptions = true,
        description = {
            "Start a year's file from an earlier year's: what stays carried over, the facts left"
                    + " to fill in.",
            "The file is DIR/YEAR.yaml: hashtags, links (to check again), contacts,"
                    + " call_to_action, local and tracking carried over; title, survey, figures'"
                    + " values, release text, messages, quotes, plan and embargo to fill in. An"
                    + " existing file is never overwritten."
        })
@Examples({
    "presskit new-year 2025                   # from the newest year before 2025",
    "presskit new-year 2025 --from 2023"
})
final class NewYearCommand implements Callable<Integer> {

    @Parameters(paramLabel = "YEAR", description = "The new report year: 2025.")
    int year;

    @Option(
            names = "--from",
            paramLabel = "YEAR",
            description = "The year to start from (default: the newest before YEAR).")
    Integer from;

    @Mixin MessagesFolder messages;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        NewYearFiles.Written written =
                NewYearFiles.create(messages.dir, year, Optional.ofNullable(from));
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote %s from %d.yaml: write the real value in place of every"
                                + " \"FYLL I: …\" (presskit validate --messages %s lists them),"
                                + " then check the links again with presskit links --messages"
                                + " %s --year %d.%n",
                        SourceFiles.display(written.file()),
                        written.from(),
                        SourceFiles.display(messages.dir),
                        SourceFiles.display(messages.dir),
                        year);
        return ExitCode.OK.code();
    }
}
