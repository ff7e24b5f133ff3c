package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Full builds of the shipped year, each made once per test JVM and shared by every test that only
 * reads them: {@code Cli.run("build", "--out", dir)}, exactly as a user runs it. The files are made
 * read-only so that a test which writes into the shared kit fails instead of changing what the
 * other tests read.
 */
public final class SharedKit {

    /** The shipped year that a build without {@code --year} makes. */
    static final String YEAR = "2023";

    private static Built first;
    private static Built second;

    /** One finished build: where it went and what the command printed. */
    record Built(Path out, Cli.Run run) {

        /** {@code out/2023}. */
        Path year() {
            return out.resolve(YEAR);
        }
    }

    private SharedKit() {}

    /** The shared full build. */
    static synchronized Built build() {
        if (first == null) {
            first = make("presskit-shared-kit-");
        }
        return first;
    }

    /** {@code out/2023} of the shared full build. */
    public static Path year() {
        return build().year();
    }

    /** A second, independent full build, for "building twice gives the same bytes". */
    static synchronized Built again() {
        if (second == null) {
            second = make("presskit-shared-kit-again-");
        }
        return second;
    }

    private static Built make(String prefix) {
        try {
            Path out = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(out)));
            Cli.Run run = Cli.run("build", "--out", out.toString());
            assertThat(run.status()).as(run.all()).isZero();
            readOnly(out);
            return new Built(out, run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readOnly(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // Files first, then folders from the deepest up, so every path can still be reached.
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(false, false);
            }
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.toList();
            paths.forEach(p -> p.toFile().setWritable(true, false));
            for (Path p : paths.stream().sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Only a temporary folder is left behind; the tests have finished.
        }
    }
}
