package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.cli.Main;

/** {@code presskit links} as a user runs it, through {@link Main#run}. */
class LinksCommandTest {

    private static TestSite site;

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws IOException {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private int run(String... args) {
        List<String> all =
                new ArrayList<>(List.of("links", "--cache-dir", dir.resolve("cache").toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    private JsonNode links() throws IOException {
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.fieldNames()).toIterable().containsExactly("links");
        return root.get("links");
    }

    @Test
    void jsonHasEveryFieldForEveryVerdict() throws IOException {
        String[] paths = {
            "/og", "/old", "/loop/a", "/missing", "/error", "/slow", "/borttagen", "/report.pdf"
        };
        int status =
                run(
                        Stream.concat(
                                        Stream.of("--format", "json", "--timeout", "1"),
                                        Stream.of(paths).map(site::url))
                                .toArray(String[]::new));
        assertThat(status).isEqualTo(1);
        JsonNode links = links();
        assertThat(links)
                .extracting(l -> l.get("verdict").asText())
                .containsExactly(
                        "ok",
                        "redirected",
                        "too-many-redirects",
                        "broken",
                        "broken",
                        "timeout",
                        "soft-404",
                        "not-html");
        for (JsonNode link : links) {
            assertThat(link.fieldNames())
                    .toIterable()
                    .contains(
                            "url",
                            "verdict",
                            "status",
                            "final_url",
                            "title",
                            "og",
                            "used_by",
                            "elapsed_ms");
            assertThat(link.get("og").fieldNames())
                    .toIterable()
                    .containsExactly("title", "description", "image");
            assertThat(link.get("used_by").isArray()).isTrue();
            assertThat(link.get("elapsed_ms").isIntegralNumber()).isTrue();
        }
        JsonNode ok = links.get(0);
        assertThat(ok.get("url").asText()).isEqualTo(site.url("/og"));
        assertThat(ok.get("status").asInt()).isEqualTo(200);
        assertThat(ok.get("final_url").asText()).isEqualTo(site.url("/og"));
        assertThat(ok.get("title").asText()).isEqualTo("Socialchefsrapporten 2023");
        assertThat(ok.get("og").get("title").asText()).isEqualTo("Socialchefer larmar");
        assertThat(ok.get("og").get("image").asText()).isEqualTo(site.url("/img/card.png"));
        assertThat(links.get(1).get("final_url").asText()).isEqualTo(site.url("/og"));
        assertThat(links.get(3).get("status").asInt()).isEqualTo(404);
        assertThat(links.get(5).get("status").isNull()).isTrue();
        assertThat(links.get(7).get("title").isNull()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void workingLinksExitZeroWithATable() {
        int status = run("--no-cache", site.url("/og"), site.url("/old"), site.url("/report.pdf"));
        assertThat(status).isZero();
        assertThat(out.toString())
                .startsWith("VERDICT ")
                .contains("Socialchefsrapporten 2023")
                .endsWith("3 links: 1 ok, 1 redirected, 1 not-html" + System.lineSeparator());
        assertThat(err.toString()).as("no progress bar when not on a terminal").isEmpty();
    }

    @Test
    void fromFileSkipsBlankLinesAndComments() throws IOException {
        Path list = dir.resolve("links.txt");
        Files.writeString(
                list,
                "# the report\n" + site.url("/og") + "\n\n   \n  " + site.url("/missing") + "  \n");
        int status = run("--from", list.toString(), "--format", "json");
        assertThat(status).isEqualTo(1);
        assertThat(links())
                .extracting(l -> l.get("url").asText())
                .containsExactly(site.url("/og"), site.url("/missing"));
    }

    @Test
    void secondRunReusesTheCacheAndNoCacheChecksAgain() {
        String url = site.url("/og?run=cli");
        run(url);
        run(url);
        assertThat(out.toString()).contains("1 from the cache");
        int before = site.hits("/og");
        run("--no-cache", url);
        assertThat(site.hits("/og")).isEqualTo(before + 1);
    }

    @Test
    void withoutUrlsItChecksTheYearsLinksOnceWithTheOutputsUsingThem() throws IOException {
        Path messages = dir.resolve("messages");
        Files.createDirectories(messages);
        Path minimal = Path.of("src/test/resources/fixtures/minimal");
        Files.copy(minimal.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        // With Sweden's 290 municipalities, every local post of every network carries the same
        // report link.
        Files.writeString(
                messages.resolve("2023.yaml"),
                Files.readString(minimal.resolve("2023.yaml"))
                                .replace(
                                        "year: 2023",
                                        "year: 2023\ntracking:\n  campaign: test\n"
                                                + "local: {committee: Testnämnden, question: \"Hur?\"}")
                                .replace("https://www.vision.se/", site.url("/og?utm_source=x"))
                        + "  - id: samma\n    url: "
                        + site.url("/og?utm_source=mastodon")
                        + "\n    title: Samma sida\n");
        int before = site.hits("/og");

        int status = run("--format", "json", "--messages", messages.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(site.hits("/og")).isEqualTo(before + 1);
        assertThat(links())
                .singleElement()
                .satisfies(
                        link ->
                                assertThat(link.get("used_by"))
                                        .extracting(JsonNode::asText)
                                        .contains(
                                                "national/x/short-1",
                                                "national/release-html",
                                                "national/sheet-md",
                                                "municipalities/0114-upplands-vasby/x/local",
                                                "municipalities/2584-kiruna/bluesky/local"));
    }

    /** F4, with invented credentials: not in the JSON, the table or the cache, in any case. */
    @Test
    void credentialsInAUrlOrARedirectAreNeitherPrintedNorCached() throws IOException {
        String given = site.url("/creds").replace("http://", "http://linkuser:SECRETPASS123@");

        int json = run("--format", "json", given, site.url("/to-creds"));
        int text = run("--no-cache", given, site.url("/to-creds"));

        assertThat(json).isZero();
        assertThat(text).isZero();
        assertThat(out.toString())
                .contains(site.url("/creds"))
                .contains("moved to " + site.url("/creds"));
        String cache = Files.readString(dir.resolve("cache/links.json"));
        assertThat(cache).contains(site.url("/creds"));
        for (String shown : List.of(out.toString(), err.toString(), cache)) {
            assertThat(shown)
                    .doesNotContainIgnoringCase("SECRETPASS123")
                    .doesNotContainIgnoringCase("TOPSECRETPW")
                    .doesNotContain("linkuser@", "admin@");
        }
    }

    /** F3: a server that asks for a wait beyond --timeout is rate-limited, a failure (exit 1). */
    @Test
    void aWaitBeyondTheTimeoutIsRateLimitedInTheTableAndTheJson() throws IOException {
        int text = run("--timeout", "1", site.url("/busy-date"));
        assertThat(text).isEqualTo(1);
        assertThat(out.toString().lines())
                .anyMatch(
                        l ->
                                l.matches(
                                        "rate-limited +429 +\\Q"
                                                + site.url("/busy-date")
                                                + "\\E .*"));
        assertThat(out.toString())
                .contains("the server asked to retry after more than a day")
                .endsWith("1 link: 1 rate-limited" + System.lineSeparator())
                .doesNotContain("overflow", "failed");
        out.getBuffer().setLength(0);

        int json = run("--format", "json", "--timeout", "1", site.url("/busy-long"));
        assertThat(json).isEqualTo(1);
        assertThat(links().get(0).get("verdict").asText()).isEqualTo("rate-limited");
        assertThat(links().get(0).get("status").asInt()).isEqualTo(429);
    }

    @Test
    void aRateLimitedYearLinkIsSavedAsSuchInTheLinksFile() throws IOException {
        Path messages = MinimalCampaign.linkingTo(dir, site.url("/busy-long"));

        int status = run("--timeout", "1", "--messages", messages.toString());

        assertThat(status).as(err.toString()).isEqualTo(1);
        List<CheckedLink> saved = LinksFile.read(LinksFile.of(messages, 2023), w -> {});
        assertThat(saved)
                .singleElement()
                .extracting(CheckedLink::verdict)
                .isEqualTo(Verdict.RATE_LIMITED);
        assertThat(Files.readString(LinksFile.of(messages, 2023)))
                .contains("\"verdict\": \"rate-limited\"");
    }

    /**
     * F9: a TTL longer than any duration, or one that would end beyond the calendar, means "reuse
     * every working result"; it saturates instead of failing.
     */
    @Test
    void aHugeCacheTtlReusesWhatIsCachedInsteadOfFailing() {
        String url = site.url("/og?run=ttl");
        assertThat(run("--cache-ttl", "9223372036854775807", url)).isZero();
        int hits = site.hits("/og");

        assertThat(run("--cache-ttl", "9223372036854775807", url)).isZero();
        assertThat(run("--cache-ttl", "1000000000000000", url)).isZero();

        assertThat(site.hits("/og")).isEqualTo(hits);
        assertThat(out.toString()).contains("1 from the cache");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aTimeoutTooShortToBeCountedIsAUsageErrorSayingTheRange() {
        assertThat(run("--timeout", "0.0001", site.url("/delay/usage"))).isEqualTo(2);
        assertThat(run("--timeout", "NaN", site.url("/delay/usage"))).isEqualTo(2);
        assertThat(run("--timeout", "601", site.url("/delay/usage"))).isEqualTo(2);
        assertThat(err.toString())
                .contains(
                        "--timeout must be from 0.001 to 600 seconds (for example 2.5), was 0.0001")
                .contains("was NaN")
                .contains("was 601")
                .doesNotContain("Exception", "unexpected error");
        assertThat(site.hits("/delay/usage")).isZero();
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("--timeout", "0", site.url("/delay/usage"))).isEqualTo(2);
        assertThat(run("--format", "xml", site.url("/delay/usage"))).isEqualTo(2);
        assertThat(run("--year", "2023", site.url("/delay/usage"))).isEqualTo(2);
        assertThat(run("--from", dir.resolve("nope.txt").toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("--timeout must be from 0.001 to 600 seconds")
                .contains("nope.txt: no such file")
                .doesNotContain("Exception");
        assertThat(site.hits("/delay/usage")).isZero();
    }
}
