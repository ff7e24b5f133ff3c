package presskit.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import presskit.build.BuildRequest;

/**
 * Which campaign, templates and year a command builds: the options every building command shares.
 */
final class CampaignSource {

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "Report year (default: the newest in the messages folder).")
    Integer year;

    @Mixin MessagesFolder messages;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description =
                    "Folder with templates overriding the built-in ones (default: templates, when it"
                            + " exists).")
    Path templates;

    /** The whole year these options name. */
    BuildRequest request() {
        return new BuildRequest(
                messages.dir,
                templates == null ? Path.of("templates") : templates,
                templates != null,
                Optional.ofNullable(year),
                Set.of(),
                null,
                null,
                true);
    }
}
