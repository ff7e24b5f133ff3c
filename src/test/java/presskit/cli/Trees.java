package presskit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's files and their bytes, for "nothing changed" and "identical output" assertions. */
public final class Trees {

    private Trees() {}

    /**
     * Relative path → content (as a hex-free string key of the bytes), sorted, for exact
     * comparison.
     */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(
                            f -> {
                                try {
                                    files.put(
                                            root.relativize(f).toString().replace('\\', '/'),
                                            Arrays.toString(Files.readAllBytes(f)));
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        }
        return files;
    }

    /** Relative path → SHA-256 of the content, sorted: cheaper than {@link #snapshot} for a kit. */
    static Map<String, String> checksums(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(f).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(f))));
            }
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Copies the folder {@code from} with all it holds to {@code to}, which must not exist. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
