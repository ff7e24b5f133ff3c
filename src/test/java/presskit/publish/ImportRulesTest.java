package presskit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the publishing architecture honest: Twitter4J stays in its adapter, and arrows point
 * inward.
 */
class ImportRulesTest {

    static final Path MAIN = Path.of("src/main/java");

    @Test
    void onlyThePublishXPackageImportsTwitter4j() throws IOException {
        assertThat(filesImporting("import twitter4j."))
                .isNotEmpty()
                .allSatisfy(
                        file -> assertThat(file).startsWith(MAIN.resolve("presskit/publish/x")));
    }

    @Test
    void publishingDoesNotDependOnTheCommandLine() throws IOException {
        assertThat(filesImporting("import presskit.cli."))
                .noneSatisfy(file -> assertThat(file).startsWith(MAIN.resolve("presskit/publish")));
    }

    private static List<Path> filesImporting(String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(
                            file -> {
                                try {
                                    return Files.readAllLines(file).stream()
                                            .anyMatch(line -> line.startsWith(prefix));
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            })
                    .toList();
        }
    }
}
