package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.render.SwedishFormat;
import presskit.validate.links.MinimalCampaign;
import presskit.validate.links.TestSite;

/**
 * The page says what the last {@code presskit links} found for each link, broken ones included, and
 * when it was checked, however long before the build; a link never checked says so in words. The
 * campaign is the invented minimal fixture with three links on a local {@link TestSite}: one
 * working, one answering 404 and one redirected.
 */
class LinkStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SwedishFormat SWEDISH = new SwedishFormat();

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

    /** The fixture's report link on the working page, and two more links of the sheet. */
    private Path messages() throws IOException {
        Path messages = MinimalCampaign.linkingTo(dir, site.url("/og"));
        addLink(messages, "borta", site.url("/missing"), "Den gamla rapporten");
        addLink(messages, "flyttad", site.url("/old"), "Pressbilder");
        return messages;
    }

    private static void addLink(Path messages, String id, String url, String title)
            throws IOException {
        // Invented links of the fixture's year, for the sheet only (the posts carry the report's).
        Files.writeString(
                messages.resolve("2023.yaml"),
                "  - id: "
                        + id
                        + "\n    url: "
                        + url
                        + "\n    title: "
                        + title
                        + "\n"
                        + "    in: [sheet]\n",
                StandardOpenOption.APPEND);
    }

    private Cli.Run links(Path messages, Cli cli) {
        return cli.execute(
                "links",
                "--messages",
                messages.toString(),
                "--cache-dir",
                dir.resolve("cache").toString());
    }

    private static Cli at(String instant) {
        return new Cli().clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** The built page. */
    private Document build(Path messages) throws IOException {
        Cli.Run build = Cli.build(messages, dir.resolve("out"));
        // The test site's address is plain http, an error finding: the kit is written, status 1.
        assertThat(build.status()).as(build.all()).isEqualTo(1);
        assertThat(build.err()).contains("does not use https");
        return Jsoup.parse(dir.resolve("out/2023/index.html").toFile(), "UTF-8");
    }

    /** The page's links by title, as its script gets them. */
    private static Map<String, JsonNode> pageLinks(Document page) throws IOException {
        Map<String, JsonNode> byTitle = new HashMap<>();
        JSON.readTree(page.getElementById("presskit-data").data())
                .get("links")
                .forEach(l -> byTitle.put(l.get("title").asText(), l));
        return byTitle;
    }

    private static JsonNode labels(Document page) throws IOException {
        return JSON.readTree(page.getElementById("presskit-labels").data());
    }

    /** When the links file says the link was checked, as the page should say it. */
    private static String checkedAt(Path messages, String url) throws IOException {
        for (JsonNode l :
                JSON.readTree(messages.resolve("2023.links.json").toFile()).get("links")) {
            if (l.get("url").asText().equals(url)) {
                Instant at = Instant.parse(l.get("checked_at").asText());
                return SWEDISH.dateTime(at.atOffset(ZoneOffset.UTC));
            }
        }
        throw new AssertionError(url + " is not in the links file");
    }

    @Test
    void aBrokenLinkIsShownBrokenAtTheTopWithTheTimeOfItsCheck() throws IOException {
        Path messages = messages();
        Cli.Run check = links(messages, new Cli());
        assertThat(check.status()).as(check.all()).isEqualTo(1);

        Document page = build(messages);

        Map<String, JsonNode> links = pageLinks(page);
        JsonNode broken = links.get("Den gamla rapporten");
        assertThat(broken.get("verdict").asText()).isEqualTo("broken");
        assertThat(broken.get("failed").asBoolean()).isTrue();
        assertThat(broken.get("checked").asText())
                .isEqualTo(checkedAt(messages, site.url("/missing")));
        JsonNode working = links.get("Rapporten");
        assertThat(working.get("verdict").asText()).isEqualTo("ok");
        assertThat(working.get("failed").asBoolean()).isFalse();
        assertThat(working.get("checked").asText()).isEqualTo(checkedAt(messages, site.url("/og")));
        assertThat(working.get("ogTitle").asText()).isEqualTo("Socialchefer larmar");
        JsonNode moved = links.get("Pressbilder");
        assertThat(moved.get("verdict").asText()).isEqualTo("redirected");
        assertThat(moved.get("failed").asBoolean()).isFalse();
        JsonNode labels = labels(page);
        assertThat(labels.at("/verdicts/broken").asText()).isEqualTo("Trasig");
        assertThat(labels.at("/verdicts/ok").asText()).isEqualTo("Fungerar");
        assertThat(labels.at("/verdicts/redirected").asText()).isEqualTo("Fungerar (omdirigeras)");
        assertThat(labels.at("/linkProblems/broken").asText()).isEqualTo("Trasig länk");
        assertThat(labels.get("linkAlert").asText())
                .isEqualTo("{problem}: {title} – {url} (kontrollerad {checked})");
        // The warning's place: the first thing in the page's main part, above every section.
        assertThat(page.selectFirst("main").child(0).id()).isEqualTo("link-alerts");
    }

    @Test
    void aBuildYearsAfterTheCheckShowsEachVerdictWithTheTimeItWasMade() throws IOException {
        Path messages = messages();
        assertThat(links(messages, at("2023-09-18T08:42:00Z")).status()).isEqualTo(1);
        // Ten minutes later the working links come from the cache, still dated by their check;
        // the broken one, never cached, is checked again.
        assertThat(links(messages, at("2023-09-18T08:52:00Z")).status()).isEqualTo(1);

        // Built with today's clock, years after the check.
        Map<String, JsonNode> links = pageLinks(build(messages));

        assertThat(links.get("Den gamla rapporten").get("verdict").asText()).isEqualTo("broken");
        assertThat(links.get("Den gamla rapporten").get("checked").asText())
                .isEqualTo("18 september 2023 kl. 10.52");
        assertThat(links.get("Rapporten").get("verdict").asText()).isEqualTo("ok");
        assertThat(links.get("Rapporten").get("checked").asText())
                .isEqualTo("18 september 2023 kl. 10.42");
    }

    @Test
    void aLinkNeverCheckedSaysSoInWordsAndTheOthersKeepTheirVerdicts() throws IOException {
        Path messages = messages();
        links(messages, new Cli());
        // Added to the year after the check: the links file has nothing on it.
        addLink(messages, "ny", site.url("/report.pdf"), "Nya rapporten");

        Document page = build(messages);

        Map<String, JsonNode> links = pageLinks(page);
        JsonNode added = links.get("Nya rapporten");
        assertThat(added.get("verdict").isNull()).isTrue();
        assertThat(added.get("failed").asBoolean()).isFalse();
        assertThat(added.get("checked").isNull()).isTrue();
        assertThat(links.get("Den gamla rapporten").get("verdict").asText()).isEqualTo("broken");
        // Said to people who run no command, so it names none.
        assertThat(labels(page).get("linkUnchecked").asText())
                .isEqualTo("Status: Inte kontrollerad än");
    }
}
