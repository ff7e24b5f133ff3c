package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import presskit.cli.SharedKit;

/**
 * The press-kit page's cards, search and layout in headless Chromium ({@link Chromium}), as the
 * branch secretary uses them: a municipality found by any part of its name, its local X post first,
 * whole and named in words, copied exactly; threads as parts; the page on a phone, in dark mode and
 * on paper.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageCardsBrowserTest {

    private static final String KIRUNA_X = "municipalities/2584-kiruna/x/local";

    @TempDir static Path tmp;

    private static Chromium chromium;
    private static ChromeDriver browser;
    private static Path year;

    @BeforeAll
    static void start() throws IOException {
        chromium = Chromium.start(tmp);
        browser = chromium.driver();
        year = SharedKit.year();
        chromium.open(year.resolve("index.html"));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Empties the search, then types {@code query} into it key by key. */
    private static void search(String query) {
        WebElement filter = browser.findElement(By.id("filter"));
        chromium.type(filter, "");
        filter.sendKeys(query);
    }

    private static List<WebElement> cards(String group) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(
                        d -> {
                            List<WebElement> found =
                                    d.findElements(By.cssSelector("#" + group + " .post"));
                            return found.isEmpty() ? null : found;
                        });
    }

    /**
     * Clicks {@code element} in the middle of the screen, where the sticky search cannot cover it.
     */
    private static void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    private static String file(String path) throws IOException {
        String text = Files.readString(year.resolve(path), StandardCharsets.UTF_8);
        return text.substring(0, text.length() - 1); // every post file ends with one newline
    }

    @Test
    @Order(1)
    void kirunaShowsItsLocalXPostFirstWholeNamedInWordsAndCopiedExactly() throws IOException {
        search("kiruna");
        List<WebElement> cards = cards("g-2584");
        WebElement post = cards.get(0);
        assertThat(post.getAttribute("data-id")).isEqualTo(KIRUNA_X);
        assertThat(cards).extracting(c -> c.getAttribute("data-channel")).startsWith("x");
        String heading = post.findElement(By.tagName("h4")).getText();
        assertThat(heading).contains("Lokalt inlägg").doesNotContain("local", "2584", "kiruna");

        WebElement area = post.findElement(By.tagName("textarea"));
        assertThat((Long) js("return arguments[0].scrollHeight;", area))
                .as("the whole post, without scrolling inside its box")
                .isLessThanOrEqualTo((Long) js("return arguments[0].clientHeight;", area));

        WebElement copy = post.findElement(By.cssSelector("button.copy"));
        String text = file("municipalities/2584-kiruna/x/local.txt");
        assertThat(js("return window.presskit.textFor(arguments[0]);", copy)).isEqualTo(text);
        String share = post.findElement(By.cssSelector("a.share")).getAttribute("href");
        assertThat(post.findElement(By.cssSelector("a.share")).getText()).isEqualTo("Öppna i X");
        assertThat(
                        URLDecoder.decode(
                                share.substring(share.indexOf("text=") + 5),
                                StandardCharsets.UTF_8))
                .isEqualTo(text);

        // The search jumped to Kiruna: its heading is on screen, below the sticky search, and the
        // sections with nothing found are gone.
        double top =
                ((Number) js("return arguments[0].getBoundingClientRect().top;", post))
                        .doubleValue();
        double below =
                ((Number)
                                js(
                                        "return document.querySelector('.search')"
                                                + ".getBoundingClientRect().bottom;"))
                        .doubleValue();
        assertThat(top).isGreaterThanOrEqualTo(below).isLessThan(800);
        for (String empty : List.of("nationellt", "regionalt")) {
            assertThat(
                            browser.findElement(
                                            By.cssSelector(
                                                    "section[aria-labelledby='" + empty + "']"))
                                    .isDisplayed())
                    .as(empty)
                    .isFalse();
        }

        // The copy is said to a screen reader, not hidden behind the button's label.
        copy.click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(
                        d ->
                                d.findElement(By.id("announce"))
                                        .getAttribute("textContent")
                                        .startsWith("Kopierat"));
    }

    @Test
    @Order(2)
    void aFiguresCardIsNamedByItsSentenceAndEveryGroupListsXFirst() {
        search("");
        click(browser.findElement(By.cssSelector("#g-18 summary")));
        List<WebElement> cards = cards("g-18");
        assertThat(cards.get(0).getAttribute("data-channel")).isEqualTo("x");
        WebElement figure =
                browser.findElement(
                        By.cssSelector("[data-id='regions/18-orebro-lan/x/figure-rekrytering']"));
        // The shipped figure "rekrytering" as the kit's texts say it.
        assertThat(figure.findElement(By.tagName("h4")).getText())
                .isEqualTo("X Åtta av tio socialchefer har svårt att rekrytera socialsekreterare.");
        assertThat(browser.findElement(By.id("g-18")).getText())
                .doesNotContain("Siffra:", "figure-", "forebyggande");

        // The nation: X's posts, then Facebook, LinkedIn, Bluesky, Mastodon.
        List<String> order = List.of("x", "facebook", "linkedin", "bluesky", "mastodon");
        List<Integer> ranks =
                browser.findElements(By.cssSelector("#g-national .post")).stream()
                        .map(c -> order.indexOf(c.getAttribute("data-channel")))
                        .toList();
        assertThat(ranks).isSorted().doesNotContain(-1);
        assertThat(
                        browser.findElement(By.cssSelector("[data-id='national/x/short-2'] h4"))
                                .getText())
                .isEqualTo("X Kort budskap 2");
    }

    @Test
    @Order(3)
    void aThreadShowsEachPartWithItsOwnCopyButtonAndHowToPostIt() throws IOException {
        search("örebro kommun");
        cards("g-1880");
        WebElement thread =
                browser.findElement(
                        By.cssSelector("[data-id='municipalities/1880-orebro/x/local']"));
        assertThat(thread.findElement(By.tagName("h4")).getText()).endsWith("tråd i 2 delar");
        assertThat(thread.findElement(By.cssSelector(".thread-howto")).getText())
                .contains("del 1", "del 2");
        List<WebElement> buttons = thread.findElements(By.cssSelector("button.copy"));
        assertThat(buttons)
                .extracting(WebElement::getText)
                .containsExactly("Kopiera del 1", "Kopiera del 2");
        assertThat(buttons).extracting(WebElement::getAccessibleName).doesNotHaveDuplicates();
        assertThat(buttons.get(1).getAccessibleName()).startsWith("Kopiera del 2");
        for (int part = 1; part <= 2; part++) {
            assertThat(js("return window.presskit.textFor(arguments[0]);", buttons.get(part - 1)))
                    .isEqualTo(file("municipalities/1880-orebro/x/local-" + part + ".txt"));
        }
        // Only the first part opens the composer: a later part there would be a new post.
        assertThat(thread.findElements(By.cssSelector("a.share"))).hasSize(1);
    }

    @Test
    @Order(4)
    void searchFindsAMunicipalityByAnyPartOfItsOfficialOrShortName() {
        for (Map.Entry<String, String> query :
                List.of(
                        Map.entry("väsby", "g-0114"),
                        Map.entry("Region Gotland", "g-0980"),
                        Map.entry("göteborg", "g-1480"))) {
            search(query.getKey());
            cards(query.getValue());
            assertThat(browser.findElement(By.id(query.getValue())).isDisplayed())
                    .as(query.getKey())
                    .isTrue();
            assertThat(browser.findElement(By.id("g-0180")).isDisplayed())
                    .as(query.getKey() + " hides Stockholm")
                    .isFalse();
        }
    }

    @Test
    @Order(5)
    void thePreviewMarksTagsShortensTheLinkAsBlueskyAndFollowsEdits() {
        search("");
        WebElement post =
                browser.findElement(By.cssSelector("[data-id='national/bluesky/short-1']"));
        click(post.findElement(By.cssSelector(".preview summary")));
        WebElement shown = post.findElement(By.cssSelector(".preview-post"));
        List<String> tags =
                shown.findElements(By.cssSelector(".tag")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(tags).anyMatch(t -> t.startsWith("#")).anyMatch(t -> !t.startsWith("http"));
        assertThat(shown.findElement(By.cssSelector(".preview-card")).getText()).isNotBlank();
        WebElement area = post.findElement(By.tagName("textarea"));
        String original = area.getAttribute("value");
        try {
            chromium.type(
                    area, "Hej @anna.bsky.social! https://example.se/en/mycket/lang/adress #test");
            assertThat(post.findElement(By.cssSelector(".preview-text")).getText())
                    .isEqualTo("Hej @anna.bsky.social! example.se/en/mycket/la... #test");
            assertThat(post.findElements(By.cssSelector(".preview-text .tag")))
                    .extracting(WebElement::getText)
                    .containsExactly("@anna.bsky.social", "example.se/en/mycket/la...", "#test");
            // The box grows while the post is written: never a scroll bar inside it.
            chromium.type(area, "En rad till.\n".repeat(14));
            assertThat((Long) js("return arguments[0].scrollHeight;", area))
                    .isLessThanOrEqualTo((Long) js("return arguments[0].clientHeight;", area));
        } finally {
            chromium.type(area, original);
        }
        // The link card is drawn from the page's data: no request leaves the page for it.
        assertThat(chromium.requests()).noneMatch(u -> u.startsWith("http"));
    }

    @Test
    @Order(6)
    void onAPhoneNothingIsWiderThanTheScreenAndEveryTargetIsBigEnough() {
        chromium.viewport(390, 844, true);
        try {
            chromium.open(year.resolve("index.html"));
            // A branch secretary on her phone: the search is on the first screen, and what she
            // finds is right under it, not below the press room.
            assertThat(
                            ((Number)
                                            js(
                                                    "return document.getElementById('filter')"
                                                            + ".getBoundingClientRect().bottom;"))
                                    .doubleValue())
                    .as("the search's bottom at load")
                    .isLessThanOrEqualTo(844);
            search("kiruna");
            WebElement local = cards("g-2584").get(0);
            js("window.scrollTo(0, 0);");
            assertThat(
                            ((Number) js("return arguments[0].getBoundingClientRect().top;", local))
                                    .doubleValue())
                    .as("Kiruna's first post, found from the top of the page")
                    .isLessThan(844);
            assertThat((Long) js("return document.documentElement.scrollWidth;"))
                    .isLessThanOrEqualTo(390);
            assertThat(
                            ((Number) js("return document.querySelector('.search').offsetHeight;"))
                                    .intValue())
                    .as("the sticky search, one line")
                    .isLessThanOrEqualTo(60);
            search(""); // the nation back; Kiruna stays open
            @SuppressWarnings("unchecked")
            List<String> small =
                    (List<String>)
                            js(
                                    "var out = [];"
                                            + "document.querySelectorAll('#g-national a, #g-national button,"
                                            + " #g-national summary, #g-2584 a, #g-2584 button, #g-2584 summary')"
                                            + ".forEach(function (e) { var r = e.getBoundingClientRect();"
                                            + " if (r.width > 0 && r.height < 44) { out.push(e.outerHTML.slice(0, 80) + ' '"
                                            + " + r.height); } }); return out;");
            assertThat(small).as("tap targets under 44 px").isEmpty();
            assertThat((Long) js("return document.documentElement.scrollWidth;"))
                    .isLessThanOrEqualTo(390);
        } finally {
            chromium.desktop();
        }
    }

    @Test
    @Order(7)
    void printingOnePlaceGivesAtMostTwoA4Pages() throws IOException {
        chromium.open(year.resolve("index.html"));
        search("kiruna");
        cards("g-2584");
        Map<String, Object> pdf =
                browser.executeCdpCommand(
                        "Page.printToPDF",
                        Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
        }
    }

    @Test
    @Order(8)
    void inDarkModeThePageIsDarkAndAxeFindsNothing() throws IOException {
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            chromium.open(year.resolve("index.html"));
            search("kiruna");
            cards("g-2584");
            String background =
                    (String) js("return getComputedStyle(document.body).backgroundColor;");
            int[] rgb =
                    Arrays.stream(background.replaceAll("[^0-9,]", "").split(","))
                            .mapToInt(Integer::parseInt)
                            .toArray();
            assertThat(rgb[0] + rgb[1] + rgb[2]).as(background).isLessThan(3 * 60);
            // Axe reads the nation and Kiruna, as the page-wide test reads one group of each kind.
            search("");
            click(browser.findElement(By.cssSelector("#g-national .preview summary")));
            js(
                    "document.querySelectorAll('[id^=\"g-\"]').forEach(function (g) {"
                            + " if (['g-national', 'g-2584'].indexOf(g.id) < 0) { g.remove(); } });");
            assertThat(chromium.axeViolations()).isEmpty();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    @Order(9)
    void fromTheSearchTheKeyboardReachesKirunasPostCopiesItAndOpensItsPreview() {
        chromium.open(year.resolve("index.html"));
        search("kiruna");
        WebElement post = cards("g-2584").get(0);
        WebElement copy = post.findElement(By.cssSelector("button.copy"));
        WebElement filter = browser.findElement(By.id("filter"));
        int tabs = 0;
        while (!copy.equals(browser.switchTo().activeElement()) && tabs < 20) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            tabs++;
        }
        assertThat(tabs).as("Tabs from the search to Kiruna's X copy button").isLessThan(20);
        assertThat(filter.getAttribute("value")).isEqualTo("kiruna");
        copy.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> copy.getText().equals("Kopierat!"));
        WebElement preview = post.findElement(By.cssSelector(".preview summary"));
        while (!preview.equals(browser.switchTo().activeElement()) && tabs < 40) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            tabs++;
        }
        preview.sendKeys(Keys.ENTER);
        assertThat(post.findElement(By.cssSelector(".preview-post")).isDisplayed()).isTrue();
    }
}
