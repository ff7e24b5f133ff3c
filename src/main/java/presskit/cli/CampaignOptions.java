package presskit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads a year shares. */
final class CampaignOptions {

    @Option(names = "--year", paramLabel = "YEAR", description = "Report year (default: the newest in the messages folder).")
    Integer year;

    @Option(names = "--messages", paramLabel = "DIR", defaultValue = "messages",
            description = "Folder with the campaign's YAML (default: ${DEFAULT-VALUE}).")
    Path messages;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder with templates overriding the built-in ones (default: ${DEFAULT-VALUE}).")
    Path templates;
}
