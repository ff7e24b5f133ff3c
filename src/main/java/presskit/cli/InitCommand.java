package presskit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import presskit.build.CampaignForms;
import presskit.source.SourceFiles;

/** {@code presskit init}: starts a campaign's folder with forms to fill in. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Start a campaign's folder: organisation.yaml and this year's file as forms to fill in.",
            "Copies of the schemas for editors (presskit checks against its own) and a README of"
                    + " the next steps are written beside them. A folder that holds a campaign is"
                    + " never written into."
        })
@Examples({
    "presskit init                            # into messages/",
    "presskit init skolenkaten/messages"
})
final class InitCommand implements Callable<Integer> {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Context context;

    @Parameters(
            paramLabel = "DIR",
            arity = "0..1",
            defaultValue = "messages",
            description = "The campaign's folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Spec CommandSpec spec;

    InitCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        int year = LocalDate.now(context.clock().withZone(SWEDEN)).getYear();
        CampaignForms.Written written = CampaignForms.init(dir, year);
        String shown = SourceFiles.display(written.folder());
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote a new campaign to %s: write the real value in place of every"
                                + " \"FYLL I: …\" in organisation.yaml and %s, then run"
                                + " presskit validate --messages %s.%n",
                        shown, written.yearFile().getFileName(), shown);
        return ExitCode.OK.code();
    }
}
