package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import presskit.diagnostic.Diagnostics;
import presskit.model.PressImage;
import presskit.source.FieldPath;
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

    private static final ImageFile FILE =
            new ImageFile(
                    MAX_BYTES,
                    "more than a press image needs (at most {max}); save it as a JPEG of at most"
                            + " 3 000 pixels on the longer side",
                    "; write the path of a PNG or JPEG file relative to the messages folder, such"
                            + " as bilder/ordforande.jpg, or leave the image out");

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
            FILE.read(messages, file, field, sources, problems)
                    .ifPresent(
                            image ->
                                    images.add(
                                            new PressImage(
                                                    file,
                                                    image.mediaType(),
                                                    image.bytes(),
                                                    entry.path("caption").asText(""),
                                                    entry.path("photographer").asText(),
                                                    entry.path("licence").asText(),
                                                    entry.path("alt").asText())));
        }
        return images;
    }
}
