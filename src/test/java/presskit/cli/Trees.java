package presskit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's files and their bytes, for "nothing changed" and "identical output" assertions. */
final class Trees {

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
}
