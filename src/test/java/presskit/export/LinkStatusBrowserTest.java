package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import presskit.cli.Context;
import presskit.cli.Main;
import presskit.validate.links.MinimalCampaign;
import presskit.validate.links.TestSite;

/**
 * After {@code presskit links} finds a broken link, the rebuilt page says so in red above
 * everything else, with when the link was checked, and lists each link with its verdict. The
 * campaign is the invented minimal fixture with one working link and one the local {@link TestSite}
 * answers 404, checked on 18 September 2023 at 08.42 UTC and built years later.
 */
class LinkStatusBrowserTest {

    @TempDir static Path tmp;

    private static TestSite site;
    private static Chromium chromium;
    private static ChromeDriver browser;
    private static Path year;

    @BeforeAll
    static void start() throws IOException {
        site = new TestSite();
        Path messages = MinimalCampaign.linkingTo(tmp, site.url("/og"));
        Files.writeString(
                messages.resolve("2023.yaml"),
                "  - id: borta\n    url: "
                        + site.url("/missing")
                        + "\n    title: Den gamla rapporten\n    in: [sheet]\n",
                StandardOpenOption.APPEND);
        Clock checkTime = Clock.fixed(Instant.parse("2023-09-18T08:42:00Z"), ZoneOffset.UTC);
        run(
                checkTime,
                "links",
                "--messages",
                messages.toString(),
                "--cache-dir",
                tmp.resolve("cache").toString());
        run(
                Clock.systemUTC(),
                "build",
                "--no-pdf",
                "--messages",
                messages.toString(),
                "--out",
                tmp.resolve("out").toString());
        year = tmp.resolve("out/2023");
        chromium = Chromium.start(tmp);
        browser = chromium.driver();
        // Not Chromium.open, which waits for places: the fixture's year has only the nation.
        browser.get(year.resolve("index.html").toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#links .link-card")).isEmpty());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        site.close();
    }

    private static void run(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context context =
                new Context(InputStream.nullInputStream(), Map.of(), clock, wait -> {}, false);
        int status = Main.run(args, context, new PrintWriter(out), new PrintWriter(err));
        // links ends with 1 when a link is broken, which is the case this test sets up.
        assertThat(status).as(String.join(" ", args) + "\n" + out + err).isIn(0, 1);
    }

    @Test
    void theBrokenLinkIsRedAboveEverythingWithItsCheckTime() throws IOException {
        WebElement alert = browser.findElement(By.id("link-alerts"));

        assertThat(alert.isDisplayed()).isTrue();
        assertThat(alert.findElements(By.tagName("p")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Trasig länk: Den gamla rapporten – "
                                + site.url("/missing")
                                + " (kontrollerad 18 september 2023 kl. 10.42)");
        // The page's red (#a3001b), the first thing a reader sees under the page's title.
        assertThat(alert.findElement(By.tagName("p")).getCssValue("color"))
                .isEqualTo("rgba(163, 0, 27, 1)");
        WebElement main = browser.findElement(By.tagName("main"));
        assertThat(main.findElements(By.xpath("./*")).get(0)).isEqualTo(alert);
        assertThat(alert.getRect().getY())
                .isLessThan(browser.findElement(By.id("hamta")).getRect().getY());
        assertThat(chromium.axeViolations()).isEmpty();
    }

    @Test
    void eachLinkInTheListSaysWhatTheCheckFoundAndWhen() {
        List<WebElement> statuses = browser.findElements(By.cssSelector("#links .link-status"));

        assertThat(statuses)
                .extracting(WebElement::getText)
                .containsExactly(
                        "Status: Fungerar, kontrollerad 18 september 2023 kl. 10.42",
                        "Status: Trasig, kontrollerad 18 september 2023 kl. 10.42");
        assertThat(statuses.get(1).getCssValue("color")).isEqualTo("rgba(163, 0, 27, 1)");
        assertThat(statuses.get(0).getCssValue("color")).isNotEqualTo("rgba(163, 0, 27, 1)");
    }
}
