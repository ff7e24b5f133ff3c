package presskit.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import presskit.diagnostic.Diagnostics;
import presskit.source.SourceFiles;
import presskit.source.SourceMap;

/**
 * A PNG or JPEG file that a campaign file names, read from inside the messages folder and
 * recognised by its content rather than its name; anything else is a problem at the field that
 * names it, worded for what the image is for.
 *
 * @param maxBytes the largest file accepted
 * @param tooLarge what to say after "… is N KB, ": what the image needs and how to make it smaller
 * @param writeInstead what to write instead, after any problem ("; write the path of …")
 */
record ImageFile(int maxBytes, String tooLarge, String writeInstead) {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /**
     * An image read whole.
     *
     * @param mediaType {@code image/png} or {@code image/jpeg}
     * @param bytes the file's content
     */
    record Read(String mediaType, byte[] bytes) {}

    /**
     * The image at {@code file}, relative to {@code messages}, or empty with a problem added at
     * {@code field} of {@code sources}.
     */
    Optional<Read> read(
            Path messages, String file, String field, SourceMap sources, Diagnostics problems) {
        Path folder = messages.toAbsolutePath().normalize();
        Path path = folder.resolve(file).normalize();
        if (!path.startsWith(folder) || path.equals(folder)) {
            problems.add(
                    sources.error(field, file + " is outside the messages folder" + writeInstead));
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            problems.add(
                    sources.error(
                            field,
                            "there is no file "
                                    + SourceFiles.display(messages.resolve(file))
                                    + writeInstead));
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                problems.add(
                        sources.error(
                                field,
                                file
                                        + " is "
                                        + size / 1024
                                        + " KB, "
                                        + tooLarge.replace("{max}", maxBytes / 1024 + " KB")));
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(maxBytes);
            }
            Optional<String> type = mediaType(bytes);
            if (type.isEmpty()) {
                problems.add(
                        sources.error(field, file + " is not a PNG or JPEG image" + writeInstead));
                return Optional.empty();
            }
            return Optional.of(new Read(type.get(), bytes));
        } catch (IOException e) {
            problems.add(sources.error(field, "cannot read " + file + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** The image type the bytes start with, if PNG or JPEG. */
    private static Optional<String> mediaType(byte[] bytes) {
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
}
