package presskit.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.cli.Trees;
import presskit.diagnostic.DiagnosticException;
import presskit.write.KitWriter;

/**
 * What {@code presskit serve} shows is what {@code presskit build} writes: every file, byte for
 * byte, also after saves that change a message or a template, when the serving process keeps its
 * template engine and channels from the build before.
 */
class WarmBuildTest {

    /** Before the shipped year's embargo: the page says it holds. */
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2023-09-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir Path tmp;

    @Test
    void theShippedYearServedAgainAfterASaveIsTheKitABuildWrites() throws IOException {
        Path messages = Trees.copy(Path.of("messages"), tmp.resolve("messages"));
        Path templates = tmp.resolve("templates");
        BuildRequest request = BuildRequest.of(messages, templates).withPdf(false);
        WarmBuild builds = new WarmBuild(request, CLOCK);

        Map<String, byte[]> first = served(builds);
        assertThat(first).containsKeys("index.html", "manifest.json");
        assertThat(first.keySet()).anyMatch(p -> p.matches("presskit-\\d+-region-\\w+\\.zip"));
        assertSameFiles(first, built(request));

        // A save that changes one short message: the warm kit is the kit a build makes of it.
        Path year = newestYear(messages);
        String yaml = Files.readString(year);
        String changed = yaml.replaceFirst("(?m)^(  short:\\n    - \".*?)\\.\"", "$1 i år.\"");
        assertThat(changed).isNotEqualTo(yaml);
        Files.writeString(year, changed);
        Map<String, byte[]> second = served(builds);
        assertThat(new String(second.get("index.html"), StandardCharsets.UTF_8)).contains(" i år.");
        assertSameFiles(second, built(request));

        // A template saved in the templates folder is used at once, not the engine kept.
        Path template = templates.resolve("x/short.txt.ftl");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "Eget mallord: ${message.text}\n");
        Map<String, byte[]> third = served(builds);
        assertThat(third.values())
                .anyMatch(b -> new String(b, StandardCharsets.UTF_8).startsWith("Eget mallord: "));
        assertSameFiles(third, built(request));
    }

    @Test
    void withPdfsTheServedKitIsTheBuiltOneAndABrokenSaveDoesNotStickToTheNextBuild()
            throws IOException {
        Path messages =
                Trees.copy(Path.of("src/test/resources/fixtures/minimal"), tmp.resolve("messages"));
        Path templates = tmp.resolve("templates");
        BuildRequest request = BuildRequest.of(messages, templates);
        WarmBuild builds = new WarmBuild(request, CLOCK);
        Map<String, byte[]> first = served(builds);
        assertThat(first.keySet()).anyMatch(p -> p.endsWith(".pdf"));
        assertSameFiles(first, built(request));

        Path template = templates.resolve("x/short.txt.ftl");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "${message.text}\n${nosuchthing}\n");
        assertThatThrownBy(() -> builds.run(Timings.OFF)).isInstanceOf(DiagnosticException.class);
        Files.delete(template);
        assertSameFiles(served(builds), built(request));
    }

    /** Every file served, each made (the zips packed) as a browser asking for it would. */
    private static Map<String, byte[]> served(WarmBuild builds) {
        Map<String, byte[]> files = new TreeMap<>();
        builds.run(Timings.OFF).files().forEach((path, made) -> files.put(path, made.get()));
        return files;
    }

    /** Every file {@code presskit build} writes below the year's folder, with nothing kept. */
    private static Map<String, byte[]> built(BuildRequest request) {
        BuildResult result = new KitBuild(request, Timings.OFF, CLOCK).run();
        Map<String, byte[]> files = new HashMap<>(KitWriter.files(result.kit()));
        files.putAll(result.files());
        return new TreeMap<>(files);
    }

    private static void assertSameFiles(Map<String, byte[]> served, Map<String, byte[]> built) {
        assertThat(served.keySet()).containsExactlyElementsOf(built.keySet());
        built.forEach((path, bytes) -> assertThat(served.get(path)).as(path).isEqualTo(bytes));
    }

    private static Path newestYear(Path messages) throws IOException {
        try (Stream<Path> files = Files.list(messages)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{4}\\.yaml"))
                    .sorted()
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
    }
}
