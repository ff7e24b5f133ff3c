package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import presskit.cli.PressRoomFixture;
import presskit.cli.SharedKit;

/**
 * The press room at the top of the page in headless Chromium ({@link Chromium}): the year's
 * contacts on the first screen, above every post; the red embargo banner while the reader's clock
 * is before the embargo and gone after it; the logo and the press images drawn from the kit's own
 * files, no request leaving the page; nothing for axe-core to find. The images, logo and embargo
 * are those {@link PressRoomFixture} invents.
 */
class PressRoomBrowserTest {

    @TempDir static Path tmp;

    private static Chromium chromium;
    private static ChromeDriver browser;
    private static Path fixture;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start(tmp);
        browser = chromium.driver();
        // Built an hour before the embargo lifts: the page carries the banner.
        fixture =
                PressRoomFixture.build(
                        tmp.resolve("fixture"), PressRoomFixture.EMBARGO.minusSeconds(3600));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theContactsAreOnTheFirstScreenAboveEveryPost() {
        for (Path year : List.of(SharedKit.year(), fixture)) {
            chromium.viewport(1280, 900, false);
            try {
                chromium.open(year.resolve("index.html"));
                WebElement contacts = browser.findElement(By.cssSelector(".room-contacts"));
                assertThat(contacts.isDisplayed()).isTrue();
                long contactsTop = top(contacts);
                long postTop = top(browser.findElement(By.cssSelector(".post")));
                assertThat(contactsTop).as(year + ": contacts' top").isLessThan(900);
                assertThat(contactsTop).as(year + ": above the first post").isLessThan(postTop);
                assertThat(contacts.findElement(By.cssSelector("a[href^='tel:+46']")).isDisplayed())
                        .isTrue();
            } finally {
                chromium.desktop();
            }
        }
    }

    @Test
    void theEmbargoBannerShowsInRedUntilTheReadersClockIsPastIt() {
        Object script =
                browser.executeCdpCommand(
                                "Page.addScriptToEvaluateOnNewDocument",
                                Map.of(
                                        "source",
                                        "Date.now = function () { return "
                                                + PressRoomFixture.EMBARGO
                                                        .minusSeconds(600)
                                                        .toEpochMilli()
                                                + "; };"))
                        .get("identifier");
        try {
            chromium.open(fixture.resolve("index.html"));
            WebElement banner = browser.findElement(By.id("embargo-banner"));
            assertThat(banner.isDisplayed()).isTrue();
            assertThat(banner.getText()).startsWith("Under embargo till 12 mars 2025 kl. 06.00");
            assertThat(banner.getCssValue("background-color")).isEqualTo("rgba(163, 0, 27, 1)");
        } finally {
            browser.executeCdpCommand(
                    "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
        // Today is long after 12 March 2025: the same page hides the banner.
        chromium.open(fixture.resolve("index.html"));
        assertThat(browser.findElement(By.id("embargo-banner")).isDisplayed()).isFalse();
    }

    @Test
    void theLogoAndImagesComeFromTheKitAndNoRequestLeavesThePage() {
        chromium.open(fixture.resolve("index.html"));
        browser.findElement(By.cssSelector(".room-full summary")).click();
        assertThat(browser.findElement(By.cssSelector(".room-full-text")).isDisplayed()).isTrue();
        for (WebElement image :
                browser.findElements(By.cssSelector("header img.room-logo, .room-images img"))) {
            browser.executeScript("arguments[0].scrollIntoView();", image);
            assertThat(image.isDisplayed()).isTrue();
            Object width =
                    browser.executeScript(
                            "var i = arguments[0]; return i.complete ? i.naturalWidth : -1;",
                            image);
            assertThat(((Number) width).intValue()).as(image.getAttribute("src")).isPositive();
        }
        assertThat(browser.findElements(By.cssSelector(".room-images img"))).hasSize(2);
        List<String> urls = chromium.requests();
        assertThat(urls).anyMatch(u -> u.endsWith("/images/ordforande.png"));
        assertThat(urls)
                .allMatch(
                        u -> u.startsWith("file:") || u.startsWith("data:"), "file: or data: only");
    }

    @Test
    void axeFindsNothingInThePressRoomAtDesktopOrPhoneWidth() throws IOException {
        for (int width : List.of(1280, 390)) {
            chromium.viewport(width, width == 390 ? 844 : 900, width == 390);
            try {
                chromium.open(fixture.resolve("index.html"));
                browser.findElement(By.cssSelector(".room-full summary")).click();
                // The places are the post cards' part, which PressKitPageBrowserTest reads; here
                // the nation's cards stay beside the press room.
                browser.executeScript(
                        "document.querySelectorAll('.place').forEach(function (g) { g.remove(); });");
                assertThat(browser.findElement(By.id("embargo-banner")).isDisplayed())
                        .as("the banner is in the page axe reads")
                        .isFalse();
                browser.executeScript("document.getElementById('embargo-banner').hidden = false;");
                Object wider =
                        browser.executeScript(
                                "var r = document.querySelector('.room');"
                                        + " return [r.scrollWidth, r.clientWidth];");
                assertThat(((List<?>) wider).get(0))
                        .as("the press room fits the screen at " + width + " px")
                        .isEqualTo(((List<?>) wider).get(1));
                assertThat(chromium.axeViolations()).as("at " + width + " px").isEmpty();
            } finally {
                chromium.desktop();
            }
        }
    }

    private long top(WebElement element) {
        return ((Number)
                        browser.executeScript(
                                "return Math.round(arguments[0].getBoundingClientRect().top"
                                        + " + window.scrollY);",
                                element))
                .longValue();
    }
}
