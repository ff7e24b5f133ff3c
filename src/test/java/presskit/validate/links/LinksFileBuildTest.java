package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.cli.Main;
import presskit.render.SwedishFormat;

/**
 * A build is a function of its input files: it shows what {@code presskit links} wrote to the
 * year's links file and never reads the link cache. The campaign is the invented minimal fixture,
 * its report link pointed at the local {@link TestSite}.
 */
class LinksFileBuildTest {

    private static TestSite site;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws IOException {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private Path messages(String reportUrl) throws IOException {
        return MinimalCampaign.linkingTo(dir, reportUrl);
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Run build(Path messages, Path out) {
        return run(
                "build",
                "--messages",
                messages.toString(),
                "--out",
                out.toString(),
                "--only",
                "national",
                "--no-pdf");
    }

    /**
     * The kit was written. The test site's address is plain {@code http}, an error finding, so the
     * build ends with status 1 as {@code validate} would.
     */
    private static void assertWritten(Run build) {
        assertThat(build.status()).as(build.err()).isEqualTo(1);
        assertThat(build.err()).contains("does not use https").contains("the kit was written");
    }

    @Test
    void aBuildShowsWhatTheLinksFileSaysWithTheTimeOfTheCheck() throws IOException {
        Path messages = messages(site.url("/og"));
        // Another year's links file is not a year: the build still takes 2023, the only YAML year.
        Files.writeString(messages.resolve("2024.links.json"), "{}\n");
        Run links =
                run(
                        "links",
                        "--messages",
                        messages.toString(),
                        "--cache-dir",
                        dir.resolve("cache").toString());
        assertThat(links.status()).as(links.err()).isZero();
        Path file = messages.resolve("2023.links.json");
        assertThat(links.out())
                .endsWith(
                        "Wrote "
                                + file
                                + ": the next build shows these results."
                                + System.lineSeparator());
        JsonNode saved = new ObjectMapper().readTree(file.toFile()).get("links").get(0);
        Instant checkedAt = Instant.parse(saved.get("checked_at").asText());

        Run build = build(messages, dir.resolve("out"));

        assertWritten(build);
        assertThat(build.err()).doesNotContain("links.json");
        assertThat(dir.resolve("out")).isDirectoryNotContaining("glob:**/2024");
        JsonNode card =
                new ObjectMapper()
                        .readTree(dir.resolve("out/2023/manifest.json").toFile())
                        .get("links")
                        .get(0);
        assertThat(card.get("id").asText()).isEqualTo("rapport");
        assertThat(card.get("verdict").asText()).isEqualTo("ok");
        assertThat(card.get("checked_at").asText()).isEqualTo(checkedAt.toString());
        assertThat(card.get("page_title").asText()).isEqualTo("Socialchefsrapporten 2023");
        assertThat(card.get("og").get("title").asText()).isEqualTo("Socialchefer larmar");
        String when = new SwedishFormat().dateTime(checkedAt.atOffset(ZoneOffset.UTC));
        assertThat(Files.readString(dir.resolve("out/2023/index.html")))
                .contains("<ul id=\"links\" class=\"links\"></ul>")
                .contains(
                        "\"verdict\":\"ok\",\"failed\":false,"
                                + "\"pageTitle\":\"Socialchefsrapporten 2023\"")
                .contains("\"checked\":\"" + when + "\"");
    }

    @Test
    void aRerunFromTheCacheWritesTheSameBytesAndCheckingUrlsWritesNoFile() throws IOException {
        Path messages = messages(site.url("/og?run=rerun"));
        String[] year = {
            "links",
            "--messages",
            messages.toString(),
            "--cache-dir",
            dir.resolve("cache").toString()
        };
        assertThat(run(year).status()).isZero();
        Path file = messages.resolve("2023.links.json");
        byte[] first = Files.readAllBytes(file);

        Run again = run(year);
        Run urls =
                run(
                        "links",
                        "--messages",
                        messages.toString(),
                        "--cache-dir",
                        dir.resolve("cache").toString(),
                        site.url("/report.pdf"));

        assertThat(again.out()).contains("1 from the cache");
        assertThat(urls.status()).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (Stream<Path> files = Files.list(messages)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "organisation.yaml", "sweden.yaml", "2023.yaml", "2023.links.json");
        }
    }

    @Test
    void aFreshResultInTheLinkCacheChangesNoByteOfTheBuild() throws IOException {
        Path messages = messages(site.url("/og"));
        Run before = build(messages, dir.resolve("before"));
        assertWritten(before);
        // Stored where the cache has always been by default, as presskit links would store it.
        LinkCache cache =
                LinkCache.in(
                        Path.of(".presskit", "cache"), LinkCache.DEFAULT_TTL, Clock.systemUTC());
        new LinkChecker(LinkCheckOptions.defaults(), cache)
                .check(List.of(LinkUse.of(site.url("/og"))));
        assertThat(cache.lookup(site.url("/og"))).isPresent();

        Run after = build(messages, dir.resolve("after"));

        assertWritten(after);
        assertThat(tree(dir.resolve("after"))).isEqualTo(tree(dir.resolve("before")));
        assertThat(Files.readString(dir.resolve("after/2023/manifest.json")))
                .contains("\"verdict\" : null")
                .contains("\"checked_at\" : null");
    }

    @Test
    void aLinksFileThatCannotBeWrittenIsAnErrorNamingIt() throws IOException {
        Path messages = messages(site.url("/og"));
        // A non-empty folder where the file belongs: no rename can replace it.
        Files.createDirectories(messages.resolve("2023.links.json/taken"));

        Run links =
                run(
                        "links",
                        "--messages",
                        messages.toString(),
                        "--cache-dir",
                        dir.resolve("cache").toString());

        // A file that cannot be written is an I/O failure (4), not bad input (2).
        assertThat(links.status()).isEqualTo(4);
        assertThat(links.err())
                .contains("cannot write " + messages.resolve("2023.links.json") + ": ")
                .doesNotContain("Exception");
        try (Stream<Path> files = Files.list(messages)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void buildTakesNoCacheFolder() throws IOException {
        Run build =
                run(
                        "build",
                        "--messages",
                        messages(site.url("/og")).toString(),
                        "--cache-dir",
                        dir.resolve("cache").toString());

        assertThat(build.status()).isEqualTo(2);
        assertThat(build.err()).contains("'--cache-dir'");
    }

    @Test
    void aDamagedLinksFileIsAWarningNotAFailureToLoad() throws IOException {
        Path messages = messages(site.url("/og"));
        Path file = messages.resolve("2023.links.json");
        Files.writeString(file, "{\"version\": 1, \"links\": [\n");

        Run validate = run("validate", "--messages", messages.toString(), "--only", "national");

        assertThat(validate.out())
                .contains(
                        file
                                + ":2:1: warning: not JSON: Unexpected"
                                + " end-of-input; the file is ignored (run presskit links to write it again)");
        // The fixture's test-site link is http, an error of its own; the file adds only a warning.
        assertThat(validate.out()).contains("1 error, 1 warning.");
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(f).toString(),
                        new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
