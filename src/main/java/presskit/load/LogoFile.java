package presskit.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.Diagnostics;
import presskit.model.Logo;
import presskit.source.SourceFiles;
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

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static final String WRITE_INSTEAD =
            "; write the path of a PNG or JPEG file relative to the messages folder, such as"
                    + " logo/skolfacket.png, or leave logo out";

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
        Path folder = messages.toAbsolutePath().normalize();
        Path file = folder.resolve(logo).normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            problems.add(
                    problem(sources, logo + " is outside the messages folder" + WRITE_INSTEAD));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.add(
                    problem(
                            sources,
                            "there is no file "
                                    + SourceFiles.display(messages.resolve(logo))
                                    + WRITE_INSTEAD));
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(
                        problem(
                                sources,
                                logo
                                        + " is "
                                        + size / 1024
                                        + " KB, more than a logo needs (at most "
                                        + MAX_BYTES / 1024
                                        + " KB); save a smaller PNG or JPEG, a few hundred pixels"
                                        + " wide"));
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES);
            }
            Optional<String> type = mediaType(bytes);
            if (type.isEmpty()) {
                problems.add(
                        problem(sources, logo + " is not a PNG or JPEG image" + WRITE_INSTEAD));
                return Optional.empty();
            }
            return Optional.of(new Logo(logo, type.get(), bytes));
        } catch (IOException e) {
            problems.add(problem(sources, "cannot read " + logo + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** The image type the bytes start with, if PNG or JPEG. */
    static Optional<String> mediaType(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Diagnostic problem(SourceMap sources, String message) {
        return sources.error(FIELD, message);
    }
}
