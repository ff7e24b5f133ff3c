package presskit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import presskit.channel.Channels;
import presskit.export.PressKitPage;
import presskit.kit.Kit;
import presskit.load.CampaignLoader;
import presskit.model.Campaign;
import presskit.model.CampaignYear;
import presskit.model.Link;
import presskit.plan.KitBuilder;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;
import presskit.variant.Editions;
import presskit.write.KitWriter;

/**
 * F12, defence in depth: the loader refuses a link that is not a web address, but a kit made from a
 * campaign that did not pass through it (as here) still never writes one as a link, in any page,
 * sheet or release, HTML or Markdown, nor in the page's data. The minimal fixture is invented.
 */
class ScriptLinkTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    // An href, or a Markdown link target, that is not a web address (a contact's mailto: is fine).
    private static final Pattern NOT_WEB_LINK =
            Pattern.compile(
                    "(href\\s*=\\s*[\"']?\\s*|\\]\\(<?\\s*)(?!https?://|mailto:|tel:\\+[0-9]+[\"'])[a-z][a-z0-9+.-]*:",
                    Pattern.CASE_INSENSITIVE);

    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert('LINK-JS-URL')",
                " JavaScript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox"
            })
    void aScriptLinkIsWrittenAsTextNeverAsALink(String url) throws IOException {
        // With Sweden's regions (the built-in list), so that regional sheets are made too, and
        // what the local posts of its municipalities say.
        Files.copy(MINIMAL.resolve("organisation.yaml"), tmp.resolve("organisation.yaml"));
        Files.writeString(
                tmp.resolve("2023.yaml"),
                Files.readString(MINIMAL.resolve("2023.yaml"))
                        + "local: {committee: Testnämnden, question: \"Hur testar ni?\"}\n");
        LoadedCampaign campaign =
                withReportLink(new CampaignLoader(tmp).load(Optional.empty()), url);

        Map<String, String> files = build(campaign);

        assertThat(files)
                .containsKeys(
                        "index.html",
                        "national/sheet.html",
                        "national/sheet.md",
                        "national/release.html",
                        "national/release.md",
                        "regions/18-orebro-lan/sheet.html");
        files.forEach(
                (path, text) -> {
                    if (path.endsWith(".html") || path.endsWith(".md")) {
                        assertThat(NOT_WEB_LINK.matcher(text).find())
                                .as(path + " has no link that is not a web address")
                                .isFalse();
                    }
                });
        assertThat(files.get("national/sheet.html")).contains("<li>Rapporten</li>");
        assertThat(files.get("national/release.html")).contains("Läs mer: Rapporten</p>");
        assertThat(files.get("index.html"))
                .contains("\"title\":\"Rapporten\",\"url\":null")
                .doesNotContainIgnoringCase(url.strip().substring(0, 6) + ":");
    }

    /**
     * The page's script itself makes no link of page data that is not a web address, should such
     * data ever reach it: run in headless Chromium (Debian's, as {@code PressKitPageBrowserTest}).
     */
    @Test
    void thePagesScriptMakesNoLinkOfAScriptAddress() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed).as("CI must have chromium and chromium-driver").isTrue();
        }
        Assumptions.assumeTrue(installed, "chromium or chromium-driver is not installed");
        for (String file : new String[] {"organisation.yaml", "sweden.yaml", "2023.yaml"}) {
            Files.copy(MINIMAL.resolve(file), tmp.resolve(file));
        }
        String page =
                build(new CampaignLoader(tmp).load(Optional.empty()))
                        .get("index.html")
                        .replace(
                                "\"url\":\"https://www.vision.se/\"",
                                "\"url\":\"javascript:document.title='LINK-JS-URL'\"");
        assertThat(page).contains("javascript:document.title");
        Path index = Files.writeString(tmp.resolve("index.html"), page);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        ChromeDriver browser =
                new ChromeDriver(
                        new ChromeDriverService.Builder()
                                .usingDriverExecutable(CHROMEDRIVER.toFile())
                                .usingAnyFreePort()
                                .build(),
                        options);
        try {
            browser.get(index.toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("#links .link-card")).isEmpty());
            WebElement card = browser.findElement(By.cssSelector("#links .link-card"));
            assertThat(card.getText()).startsWith("Rapporten");
            assertThat(card.findElements(By.tagName("a"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("a[href^='javascript' i]"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static Map<String, String> build(LoadedCampaign campaign) {
        Channels channels = ChannelSetup.of(campaign);
        TemplateEngine engine = new TemplateEngine(Path.of("templates"));
        Kit kit =
                new KitBuilder(engine, channels)
                        .build(
                                campaign,
                                Editions.of(
                                        campaign.campaign(),
                                        new Editions.Selection(true, true, false, "18", null)),
                                PressKitPage.TEMPLATES,
                                LinkCards.of(campaign, List.of()));
        Exports exports = Exports.of(campaign, channels, kit, engine, false, Instant.now());
        Map<String, String> files = new TreeMap<>();
        KitWriter.files(exports.kit())
                .forEach(
                        (path, bytes) ->
                                files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        exports.files()
                .forEach(
                        (path, bytes) ->
                                files.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return files;
    }

    /** The campaign with its one link, the report's, pointing at {@code url}. */
    private static LoadedCampaign withReportLink(LoadedCampaign loaded, String url) {
        CampaignYear y = loaded.campaign().year();
        Link l = y.links().get(0);
        CampaignYear year =
                new CampaignYear(
                        y.year(),
                        y.report(),
                        y.survey(),
                        y.figures(),
                        y.release(),
                        y.keyMessages(),
                        y.shortMessages(),
                        y.quotes(),
                        y.hashtags(),
                        List.of(l.withUrl(url)),
                        y.contacts(),
                        y.boilerplate(),
                        y.callToAction(),
                        y.local(),
                        y.plan(),
                        y.trackingCampaign(),
                        y.images());
        Campaign c = loaded.campaign();
        return new LoadedCampaign(
                new Campaign(c.organisation(), year, c.sweden(), c.branches()),
                loaded.organisation(),
                loaded.year(),
                loaded.channelSettings(),
                loaded.channelSources());
    }
}
