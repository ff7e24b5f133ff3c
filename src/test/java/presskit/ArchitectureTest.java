package presskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only each adapter package imports its third-party library, and the model imports nothing but the JDK. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/presskit");

    /** Library import prefix → the packages allowed to use it. */
    private static final Map<String, List<String>> ADAPTERS = Map.of(
            "org.yaml.snakeyaml", List.of("load"),
            "com.networknt", List.of("load"),
            "freemarker", List.of("render"),
            "com.twitter.twittertext", List.of("channel"),
            "com.ibm.icu", List.of("channel"),
            "picocli", List.of("cli"),
            "twitter4j", List.of("publish/x"),
            // The PDF renderer parses release HTML (HTML5, not XML) with Jsoup, as openhtmltopdf recommends.
            "org.jsoup", List.of("validate/links", "render/pdf"),
            "com.openhtmltopdf", List.of("render/pdf"),
            "org.apache.pdfbox", List.of("render/pdf"));

    @Test
    void libraryImportsStayInTheirAdapters() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('\\', '/');
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    ADAPTERS.forEach((prefix, allowed) -> {
                        if (line.contains(" " + prefix + ".") || line.contains(" static " + prefix + ".")) {
                            assertThat(allowed).as(file + " imports " + prefix).anyMatch(pkg::startsWith);
                        }
                    });
                }
            }
        }
    }

    @Test
    void theModelUsesOnlyTheJdk() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("model"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readAllLines(file).stream().filter(l -> l.startsWith("import ")))
                        .as(file.toString())
                        .allMatch(l -> l.startsWith("import java.") || l.startsWith("import presskit.model."));
            }
        }
    }
}
