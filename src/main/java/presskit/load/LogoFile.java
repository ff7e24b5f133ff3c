package presskit.load;

import java.nio.file.Path;
import java.util.Optional;
import presskit.diagnostic.Diagnostics;
import presskit.model.Logo;
import presskit.source.SourceMap;

/**
 * Reads the logo {@code organisation.yaml} names: a PNG or JPEG file inside the messages folder,
 * recognised by its content rather than its name, so a release PDF never goes out without the logo
 * its editor asked for.
 */
final class LogoFile {

    static final String FIELD = "logo";

    /** A letterhead logo is a few kilobytes; this bound keeps a mistaken photo out of 22 PDFs. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final ImageFile FILE =
            new ImageFile(
                    MAX_BYTES,
                    "more than a logo needs (at most {max}); save a smaller PNG or JPEG, a few"
                            + " hundred pixels wide",
                    "; write the path of a PNG or JPEG file relative to the messages folder, such"
                            + " as logo/skolfacket.png, or leave logo out");

    private LogoFile() {}

    /**
     * The logo named by {@code logo} in the organisation file whose source map is {@code sources},
     * or empty when it names none or the file is unusable (then a problem is added at its line).
     */
    static Optional<Logo> read(
            Path messages, String logo, SourceMap sources, Diagnostics problems) {
        if (logo == null) {
            return Optional.empty();
        }
        return FILE.read(messages, logo, FIELD, sources, problems)
                .map(image -> new Logo(logo, image.mediaType(), image.bytes()));
    }
}
