package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import presskit.diagnostic.Diagnostics;
import presskit.model.PressImage;
import presskit.source.FieldPath;
import presskit.source.SourceFiles;
import presskit.source.SourceMap;

/**
 * Reads the press images a file names under {@code images:}: each a PNG or JPEG file inside the
 * messages folder, recognised by its content, so the page and the press zip never offer a picture
 * that is missing or is no picture. The schema has already checked each entry's fields.
 */
final class PressImageFiles {

    static final String FIELD = "images";

    /** A press photo at print resolution is a few megabytes; this keeps a video or archive out. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final String WRITE_INSTEAD =
            "; write the path of a PNG or JPEG file relative to the messages folder, such as"
                    + " bilder/ordforande.jpg, or leave the image out";

    private PressImageFiles() {}

    /**
     * The images listed under {@code images} in {@code root}, whose source map is {@code sources};
     * an image whose file is unusable is left out and a problem added at its {@code file}.
     */
    static List<PressImage> read(
            Path messages, JsonNode root, SourceMap sources, Diagnostics problems) {
        List<PressImage> images = new ArrayList<>();
        JsonNode list = root.path(FIELD);
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String field = FieldPath.child(FieldPath.index(FIELD, i), "file");
            String file = entry.path("file").asText();
            bytes(messages, file, field, sources, problems)
                    .ifPresent(
                            bytes ->
                                    images.add(
                                            new PressImage(
                                                    file,
                                                    LogoFile.mediaType(bytes).orElseThrow(),
                                                    bytes,
                                                    entry.path("caption").asText(""),
                                                    entry.path("photographer").asText(),
                                                    entry.path("licence").asText(),
                                                    entry.path("alt").asText())));
        }
        return images;
    }

    private static Optional<byte[]> bytes(
            Path messages, String file, String field, SourceMap sources, Diagnostics problems) {
        Path folder = messages.toAbsolutePath().normalize();
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder) || path.equals(folder)) {
            problems.add(
                    sources.error(field, file + " is outside the messages folder" + WRITE_INSTEAD));
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            problems.add(
                    sources.error(
                            field,
                            "there is no file "
                                    + SourceFiles.display(messages.resolve(file))
                                    + WRITE_INSTEAD));
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.add(
                        sources.error(
                                field,
                                file
                                        + " is "
                                        + size / 1024
                                        + " KB, more than a press image needs (at most "
                                        + MAX_BYTES / 1024
                                        + " KB); save it as a JPEG of at most 3 000 pixels on the"
                                        + " longer side"));
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES);
            }
            if (LogoFile.mediaType(bytes).isEmpty()) {
                problems.add(
                        sources.error(field, file + " is not a PNG or JPEG image" + WRITE_INSTEAD));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(sources.error(field, "cannot read " + file + ": " + e.getMessage()));
            return Optional.empty();
        }
    }
}
