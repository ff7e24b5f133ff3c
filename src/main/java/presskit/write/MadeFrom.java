package presskit.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a kit's file was made from, kept with the file as an extended attribute ({@code
 * user.presskit.made-from}): the key of its inputs and the SHA-256 of the bytes made from them. A
 * later build that has the same inputs takes the file's bytes instead of making them again (a
 * release PDF), when the bytes are still those that were marked.
 *
 * <p>The mark travels with the file's hard links into the next kit and never changes the kit's
 * content. Where the file system keeps no such attributes, or a copy of the kit lost them, nothing
 * is found and the file is made again.
 */
public final class MadeFrom {

    private static final String ATTRIBUTE = "presskit.made-from";

    private MadeFrom() {}

    /**
     * The bytes of {@code file} when it is marked as made from {@code key} and still holds the
     * bytes it was marked with; empty otherwise.
     */
    public static Optional<byte[]> read(Path file, String key) {
        try {
            String marked = marked(file);
            if (!marked.startsWith(key + " ")) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return marked.equals(mark(key, bytes)) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Marks {@code file}, holding bytes whose SHA-256 is {@code sha256} ({@link #sha256}), as made
     * from {@code key}; not marked where the file system cannot keep the mark (it is only a
     * shortcut for the next build).
     */
    static void write(Path file, String key, String sha256) {
        String mark = key + " " + sha256;
        try {
            if (mark.equals(marked(file))) {
                return;
            }
            UserDefinedFileAttributeView view = view(file);
            if (view != null) {
                view.write(ATTRIBUTE, StandardCharsets.US_ASCII.encode(mark));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No mark: the next build makes the file again.
        }
    }

    /** The file's mark, or "" when it has none. */
    private static String marked(Path file) throws IOException {
        UserDefinedFileAttributeView view = view(file);
        if (view == null || !view.list().contains(ATTRIBUTE)) {
            return "";
        }
        ByteBuffer buffer = ByteBuffer.allocate(view.size(ATTRIBUTE));
        view.read(ATTRIBUTE, buffer);
        buffer.flip();
        return StandardCharsets.US_ASCII.decode(buffer).toString();
    }

    private static UserDefinedFileAttributeView view(Path file) {
        return Files.getFileAttributeView(
                file, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static String mark(String key, byte[] bytes) {
        return key + " " + sha256(bytes);
    }

    /** The SHA-256 of {@code bytes}, in hexadecimal. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
