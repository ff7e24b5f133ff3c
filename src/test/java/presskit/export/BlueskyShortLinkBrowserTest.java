package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import presskit.channel.BlueskyLinkCases;
import presskit.channel.BlueskyText;
import presskit.channel.Channels;
import presskit.cli.SharedKit;

/**
 * The page's counter shows and counts a Bluesky link as presskit posts it: the page shortens with
 * the browser's own {@code new URL} (the parser Bluesky's app uses) and must give, for every case,
 * the text {@link BlueskyText} makes in Java.
 */
class BlueskyShortLinkBrowserTest {

    @TempDir static Path tmp;

    private static Chromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start(tmp);
        browser = chromium.driver();
        chromium.open(SharedKit.year().resolve("index.html"));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void thePageShortensEveryLinkAsJavaDoes() {
        for (Map.Entry<String, String> c : BlueskyLinkCases.SHORT_FORMS.entrySet()) {
            Object page =
                    browser.executeScript(
                            "return window.presskit.shortUrl(arguments[0]);", c.getKey());
            assertThat(page).as(c.getKey()).isEqualTo(c.getValue());
            assertThat(BlueskyText.of(c.getKey()).text()).as(c.getKey()).isEqualTo(c.getValue());
        }
    }

    @Test
    void thePageShowsAndCountsPostsAsJavaDoes() {
        for (String text : BlueskyLinkCases.TEXTS) {
            Object shown =
                    browser.executeScript("return window.presskit.shownText(arguments[0]);", text);
            assertThat(shown).as(text).isEqualTo(BlueskyText.of(text).text());
            Object counted =
                    browser.executeScript(
                            "return window.presskit.length('bluesky', arguments[0]);", text);
            assertThat(((Number) counted).intValue())
                    .as(text)
                    .isEqualTo(Channels.builtIn().get("bluesky").length(text))
                    .isEqualTo(BlueskyText.of(text).graphemes());
        }
    }
}
