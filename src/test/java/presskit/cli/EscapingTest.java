package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values from the YAML are escaped for HTML in every HTML output and left exactly as written in
 * posts.
 */
class EscapingTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"citat\"";

    @TempDir Path tmp;

    @Test
    void htmlSpecialValuesAreEscapedInEveryHtmlOutputAndKeptRawInPosts() throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Path minimal = Path.of("src/test/resources/fixtures/minimal");
        Files.copy(minimal.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(minimal.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year =
                Files.readString(minimal.resolve("2023.yaml"))
                        .replace(
                                "Det här är en påhittad brödtext.",
                                "'" + HOSTILE.replace("'", "''") + "'")
                        .replace(
                                "    text: Vi testar allt.",
                                "    text: '" + HOSTILE.replace("'", "''") + "'")
                        .replace(
                                "    title: Rapporten",
                                "    title: '" + HOSTILE.replace("'", "''") + "'")
                        .replace("    - Testa mera.", "    - '" + HOSTILE.replace("'", "''") + "'")
                        .replace(
                                "    role: presschef", "    role: presschef\n    in_release: true");
        Files.writeString(messages.resolve("2023.yaml"), year);
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.build(messages, out);
        assertThat(run.status()).as(run.all()).isZero();

        List<Path> html;
        try (Stream<Path> walk = Files.walk(out)) {
            html =
                    walk.filter(p -> p.toString().endsWith(".html") && !p.endsWith("index.html"))
                            .toList();
        }
        // The press-kit page has its own scripts (the nation's data, the places', the labels,
        // twitter-text, its own and the politicians form's): the hostile text may only appear
        // escaped, never as an element.
        String page = Files.readString(out.resolve("2023/index.html"), StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("script")).hasSize(6);
        assertThat(page).contains("\\u003cscript>alert").doesNotContain("<script>alert");
        assertThat(html).hasSizeGreaterThanOrEqualTo(2);
        for (Path file : html) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            Document doc = Jsoup.parse(raw);
            assertThat(doc.select("script")).as(file + " has no script element").isEmpty();
            assertThat(raw).as(file.toString()).contains("&lt;script&gt;").contains("&amp;");
            assertThat(doc.body().text()).contains("<script>alert('x')</script> & \"citat\"");
        }
        String post =
                Files.readString(
                        out.resolve("2023/national/x/short-1.txt"), StandardCharsets.UTF_8);
        assertThat(post).startsWith(HOSTILE).doesNotContain("&amp;", "&lt;");
        assertThat(Files.readString(out.resolve("2023/national/release.txt"))).contains(HOSTILE);
        assertThat(Files.readString(out.resolve("2023/national/release.md")))
                .contains("\\<script\\>");
    }
}
