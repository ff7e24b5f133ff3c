package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped 2023 kit's national outputs, compared byte for byte with the approved files under
 * {@code src/test/resources/golden/}. To approve a deliberate change: {@code mvn test -Dgolden.update=true},
 * then read every changed file as its Swedish reader would before committing.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final List<String> FOLDERS = List.of("2023/national", "2023/regions/18-orebro-lan",
            "2023/municipalities/1880-orebro", "2023/municipalities/0114-upplands-vasby");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Cli.Run run = Cli.run("build", "--out", out.toString());
        assertThat(run.status()).as(run.all()).isZero();
        if (UPDATE) {
            for (String folder : FOLDERS) {
                Path target = GOLDEN.resolve(folder);
                deleteTree(target);
                for (Map.Entry<String, String> e : files(out.resolve(folder)).entrySet()) {
                    Path file = target.resolve(e.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                }
            }
        }
    }

    static Stream<String> goldenFiles() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String folder : FOLDERS) {
            files(GOLDEN.resolve(folder)).keySet().forEach(f -> names.add(folder + "/" + f));
        }
        assertThat(names).as("golden files exist").isNotEmpty();
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void outputMatchesTheApprovedFile(String name) throws IOException {
        Path produced = out.resolve(name);
        assertThat(produced).as("golden file without output (orphan): " + name).exists();
        assertThat(Files.readString(produced, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void everyOutputHasAnApprovedFile() throws IOException {
        for (String folder : FOLDERS) {
            assertThat(files(GOLDEN.resolve(folder)).keySet())
                    .as("outputs without a golden file in " + folder + "; approve them with -Dgolden.update=true")
                    .containsExactlyInAnyOrderElementsOf(files(out.resolve(folder)).keySet());
        }
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            // PDFs are binary and checked by their text instead (ReleasePdfTest).
            for (Path f : walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".pdf")).toList()) {
                files.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
