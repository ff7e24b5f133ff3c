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

    @Option(names = "--only", paramLabel = "LEVEL", split = ",",
            description = "Build only these levels: national, regions, municipalities (comma-separated).")
    java.util.List<Level> only;

    @Option(names = "--region", paramLabel = "CODE", description = "Only this region (two-digit code) and its municipalities.")
    String region;

    @Option(names = "--municipality", paramLabel = "CODE", description = "Only this municipality (four-digit code).")
    String municipality;

    /** The levels {@code --only} names. */
    enum Level { national, regions, municipalities }

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".presskit/cache",
            description = "Where online link-check results are kept (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder with templates overriding the built-in ones (default: ${DEFAULT-VALUE}).")
    Path templates;
}
