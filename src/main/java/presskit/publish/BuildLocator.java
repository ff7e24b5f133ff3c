package presskit.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the folder of the build to publish: {@code out/<year>/} with a {@code manifest.json} in it.
 */
public final class BuildLocator {

    private BuildLocator() {}

    /**
     * The year's build folder, or the newest year's when {@code year} is empty.
     *
     * @throws PublishSetupException when there is no such build
     */
    public static Path locate(Path outRoot, Optional<Integer> year) {
        if (year.isPresent()) {
            Path dir = outRoot.resolve(Integer.toString(year.get()));
            if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
                throw noBuild(dir);
            }
            return dir;
        }
        return newest(outRoot).orElseThrow(() -> noBuild(outRoot));
    }

    /** Whether there is a build of that year (or of any year, when {@code year} is empty). */
    public static boolean exists(Path outRoot, Optional<Integer> year) {
        return year.map(
                        y ->
                                Files.isRegularFile(
                                        outRoot.resolve(Integer.toString(y))
                                                .resolve("manifest.json")))
                .orElseGet(() -> newest(outRoot).isPresent());
    }

    private static Optional<Path> newest(Path outRoot) {
        if (!Files.isDirectory(outRoot)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(outRoot)) {
            return dirs.filter(dir -> dir.getFileName().toString().matches("\\d{4}"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("manifest.json")))
                    .max(Comparator.comparing(dir -> dir.getFileName().toString()));
        } catch (IOException e) {
            throw new PublishSetupException("cannot list " + outRoot + ": " + e.getMessage());
        }
    }

    private static PublishSetupException noBuild(Path dir) {
        return new PublishSetupException(
                "no build found in " + dir + ": run 'presskit build' first");
    }
}
