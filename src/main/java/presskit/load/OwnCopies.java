package presskit.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import presskit.source.SourceFiles;

/**
 * What a messages folder holds of its own in place of what presskit carries in its jar, worded as
 * notes for {@code --debug}: its {@code sweden.yaml} replaces the built-in regions and
 * municipalities; its {@code schemas/}, the editors' copy, may have drifted from the schemas
 * presskit checks against.
 */
public final class OwnCopies {

    private OwnCopies() {}

    /** The notes on {@code messages}; none when it holds no copy of its own. */
    public static List<String> notes(Path messages) {
        Stream<String> sweden =
                Files.exists(messages.resolve("sweden.yaml"))
                        ? Stream.of(
                                SourceFiles.display(messages.resolve("sweden.yaml"))
                                        + " replaces the built-in regions and municipalities")
                        : Stream.empty();
        List<String> differing = differingSchemas(messages.resolve("schemas"));
        Stream<String> schemas =
                differing.isEmpty()
                        ? Stream.empty()
                        : Stream.of(
                                SourceFiles.display(messages.resolve("schemas"))
                                        + " differs from the built-in schemas ("
                                        + String.join(", ", differing)
                                        + "): editors check against that copy, presskit against"
                                        + " its built-in schemas");
        return Stream.concat(sweden, schemas).toList();
    }

    /** The names of the schema files in {@code folder} that are not the built-in ones, sorted. */
    private static List<String> differingSchemas(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !Arrays.equals(read(f), builtIn(f.getFileName().toString())))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            // A note for debugging only: a folder that cannot be listed leaves it out.
            return List.of();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The built-in schema of that name, or null when presskit has none by that name. */
    private static byte[] builtIn(String name) {
        try (InputStream in = OwnCopies.class.getResourceAsStream("/presskit/schemas/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
