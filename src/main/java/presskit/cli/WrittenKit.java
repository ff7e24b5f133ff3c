package presskit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import presskit.build.KitBuild;
import presskit.build.Timings;
import presskit.publish.BuildLocator;
import presskit.publish.BuildManifest;
import presskit.publish.ManifestReader;
import presskit.write.Leftovers;

/**
 * The options of a command that works on a written kit ({@code approve}, {@code publish}): which
 * builds folder and which variant, and reading the kit from disk, so that what is approved and
 * posted is what was written and can be reviewed.
 */
final class WrittenKit {

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description =
                    "Folder with the builds (default: ${DEFAULT-VALUE}); the year is built"
                            + " into it first when it has no build.")
    Path out;

    @Option(
            names = "--variant",
            paramLabel = "VARIANT",
            description =
                    "national, or a region's two-digit or a municipality's four-digit code"
                            + " (default: national).")
    String variant;

    Optional<String> variant() {
        return Optional.ofNullable(variant);
    }

    /** Refuses a {@code --variant} that names no edition's kind of code. */
    void checkVariant() {
        if (variant != null && !variant.matches("national|\\d{2}|\\d{4}")) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "invalid --variant '"
                            + variant
                            + "': use national, a 2-digit region code or a 4-digit municipality code");
        }
    }

    /**
     * The year's written kit: a kit a killed build left aside is put back first, and when there is
     * no build of the year it is built and written first, exactly as {@code build} does.
     */
    BuildManifest read(
            CampaignSource source, Timings timings, Context context, PrintWriter stderr) {
        Leftovers.restore(out);
        Optional<Integer> year = Optional.ofNullable(source.year);
        if (!BuildLocator.exists(out, year)) {
            KitBuild.Written written =
                    new KitBuild(source.request(), timings, context.clock()).write(out);
            stderr.println("presskit: no build found, so built " + written.folder() + " first.");
        }
        return ManifestReader.read(BuildLocator.locate(out, year));
    }
}
