package presskit.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import presskit.build.BuildRequest;

/** The options of the commands that build a year's kit, narrowed to some of its editions. */
final class CampaignOptions {

    @Mixin CampaignSource source;

    @Option(
            names = "--only",
            paramLabel = "LEVEL",
            split = ",",
            // Each command's own words for it are in Help.properties.
            description = "Only these levels: national, regions, municipalities (comma-separated).")
    List<BuildRequest.Level> only;

    @Option(
            names = "--region",
            paramLabel = "CODE",
            description = "Only this region (two-digit code) and its municipalities.")
    String region;

    @Option(
            names = "--municipality",
            paramLabel = "NAME",
            description = "Only this municipality: its code or its name (2584, kiruna).")
    String municipality;

    /** The build these options ask for. */
    BuildRequest request() {
        return source.request()
                .narrowed(only == null ? Set.of() : Set.copyOf(only), region, municipality);
    }
}
