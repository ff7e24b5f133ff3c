package presskit.publish;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What {@code presskit build} wrote for one year: where it is, its embargo, its outputs and what
 * its links' cards show.
 *
 * @param file the manifest file, as the user named it
 * @param yearDir the folder the output paths are relative to
 * @param year the report year
 * @param embargo when the material may be published, or null for no embargo
 * @param outputs every output, in the manifest's order
 * @param links the year's links with their previews, in the manifest's order
 */
public record BuildManifest(
        Path file,
        Path yearDir,
        int year,
        OffsetDateTime embargo,
        List<BuildOutput> outputs,
        List<LinkPreview> links) {

    public BuildManifest {
        outputs = List.copyOf(outputs);
        links = List.copyOf(links);
    }

    /** A manifest without links. */
    public BuildManifest(
            Path file, Path yearDir, int year, OffsetDateTime embargo, List<BuildOutput> outputs) {
        this(file, yearDir, year, embargo, outputs, List.of());
    }

    public Optional<OffsetDateTime> embargoTime() {
        return Optional.ofNullable(embargo);
    }
}
