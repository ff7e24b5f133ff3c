package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
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
import presskit.channel.Channel;
import presskit.channel.FittedPost;
import presskit.channel.Network;
import presskit.channel.PostFitter;
import presskit.cli.CommandLineRuns;
import presskit.cli.SharedKit;

/**
 * "Lägg till politiker" on a municipality of the press-kit page, in headless Chromium ({@link
 * Chromium}): the page makes a local post for the politicians entered exactly as {@code presskit
 * build} makes it for the same branch file, its fitter is presskit's {@link PostFitter} case for
 * case, and the branch file it offers loads and builds unchanged. The people and handles are
 * invented.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoliticiansFormBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    @Order(1)
    void thePagesFitterFitsEveryGeneratedPostAsPostFitterDoes() {
        Random random = new Random(15);
        List<String> optional = List.of("#skola", "svpol", "#Välfärd", "#lärare");
        int[] limits = {40, 70, 120, 280, 300, 500};
        ArrayNode cases = JSON.createArrayNode();
        List<FittedPost> expected = new ArrayList<>();
        for (int i = 0; i < 360; i++) {
            Network network = Network.builtIn().get(i % Network.builtIn().size());
            int limit = limits[(i / Network.builtIn().size()) % limits.length];
            Channel channel = Channel.of(network).withLimit(limit);
            String text = post(random);
            expected.add(new PostFitter(channel).fit(text, optional));
            ObjectNode c = cases.addObject().put("channel", network.id()).put("limit", limit);
            c.put("text", text);
            optional.forEach(c.withArray("tags")::add);
        }
        JsonNode fitted =
                inPage(
                        "return cases.map(function (c) {"
                                + " return presskitPoliticians.fit(c.channel, c.limit, c.text, c.tags); });",
                        cases);
        int threads = 0;
        int drops = 0;
        for (int i = 0; i < expected.size(); i++) {
            FittedPost java = expected.get(i);
            JsonNode page = fitted.get(i);
            assertThat(strings(page.path("parts")))
                    .as(
                            "case %d on %s: %s",
                            i, cases.get(i).path("channel"), cases.get(i).path("text"))
                    .isEqualTo(java.parts());
            assertThat(strings(page.path("dropped")))
                    .as("dropped, case %d", i)
                    .isEqualTo(java.droppedHashtags());
            threads += java.isThread() ? 1 : 0;
            drops += java.droppedHashtags().isEmpty() ? 0 : 1;
        }
        // The cases cover what the fitter does, not only posts that fit as written.
        assertThat(threads).isGreaterThan(50);
        assertThat(drops).isGreaterThan(50);
        assertThat(expected).anyMatch(f -> f.parts().size() >= 10);
    }

    @Test
    @Order(2)
    void localPostsForGeneratedBranchFilesAreTheBuildsPosts() throws IOException {
        Path messages = copyOfMessages("generated");
        ArrayNode branches = JSON.createArrayNode();
        Random random = new Random(4);
        List<Path> places;
        try (Stream<Path> all = Files.list(year.resolve("municipalities"))) {
            places =
                    all.sorted()
                            .filter(p -> !p.getFileName().toString().startsWith("1880"))
                            .toList();
        }
        for (int i = 0; i * 17 < places.size(); i++) {
            String folder = places.get(i * 17).getFileName().toString();
            ObjectNode branch =
                    branches.addObject()
                            .put("folder", folder)
                            .put("code", folder.substring(0, 4))
                            .put(
                                    "committee",
                                    // every count of politicians, none included, with each
                                    // committee
                                    (i + i / 6) % 3 == 0
                                            ? ""
                                            : (i + i / 6) % 3 == 1
                                                    ? "Barn- och utbildningsnämnden"
                                                    : "Nämnden för arbetsmarknad, vuxenutbildning och integration i norra delen");
            ArrayNode politicians = branch.putArray("politicians");
            for (int p = 0; p < i % 6; p++) {
                politicians.add(politician(random, p));
            }
        }
        // The page writes the branch files the build reads.
        JsonNode files =
                inPage(
                        "return cases.map(function (b) {"
                                + " return presskitPoliticians.yaml(b.code, b.committee, b.politicians); });",
                        branches);
        for (int i = 0; i < branches.size(); i++) {
            Files.writeString(
                    messages.resolve("branches/" + branches.get(i).path("code").asText() + ".yaml"),
                    files.get(i).asText());
        }
        Path out = tmp.resolve("generated-out");
        var run =
                CommandLineRuns.run(
                        "build",
                        "--no-pdf",
                        "--only",
                        "municipalities",
                        "--messages",
                        messages.toString(),
                        "--out",
                        out.toString());
        assertThat(run.status()).as(run.err()).isIn(0, 1);
        JsonNode made =
                inPage(
                        "var groups = JSON.parse(document.getElementById('presskit-places')"
                                + ".textContent).groups;"
                                + " var data = JSON.parse(document.getElementById('presskit-data')"
                                + ".textContent);"
                                + " return cases.map(function (b) {"
                                + "  var g = groups.filter(function (x) { return x.code === b.code; })[0];"
                                + "  return g.posts.filter(function (p) { return p.frame; }).map(function (p) {"
                                + "   return {channel: p.channel, parts: presskitPoliticians.localPost(p,"
                                + "     b.committee || g.committee || data.committee, b.politicians).parts}; }); });",
                        branches);
        int fallbacks = 0;
        for (int i = 0; i < branches.size(); i++) {
            String folder = branches.get(i).path("folder").asText();
            assertThat(made.get(i)).as(folder).hasSize(5);
            for (JsonNode post : made.get(i)) {
                Path dir =
                        out.resolve(
                                "2023/municipalities/"
                                        + folder
                                        + "/"
                                        + post.path("channel").asText());
                List<String> built = builtParts(dir);
                assertThat(strings(post.path("parts"))).as(dir.toString()).isEqualTo(built);
                fallbacks += String.join("\n", built).contains("Samma fråga") ? 1 : 0;
            }
        }
        assertThat(fallbacks).as("posts with the reply fallback").isGreaterThan(5);
    }

    @Test
    @Order(3)
    void aChairAndTwoMoreInKirunasFormGiveWhatTheBuildMakesOfTheSameFile() throws IOException {
        chromium.requests(); // what the page asked for before the form is not this test's
        browser.findElement(By.id("filter")).sendKeys("kiruna");
        WebElement form =
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> d.findElement(By.cssSelector("#g-2584 .politicians-form")));
        form.findElement(By.tagName("summary")).click();
        WebElement first = rows(form).get(0);
        field(first, "Namn").sendKeys("Kim Exempelsson");
        field(first, "Parti (förkortning)").sendKeys("S");
        field(first, "Konto på X").sendKeys("KimExempel"); // the @ is added

        Path chairOnly = copyOfMessages("chair");
        Files.writeString(
                chairOnly.resolve("branches/2584.yaml"),
                """
                municipality: "2584"
                politicians:
                  - name: Kim Exempelsson
                    role: ordförande
                    party: S
                    handles: {x: "@KimExempel"}
                """);
        List<String> built = buildKiruna(chairOnly, "chair-out");
        assertThat(built).hasSize(1);
        assertThat(built.get(0)).contains("@KimExempel");
        assertThat(shownXPost()).isEqualTo(built);
        assertThat(counters()).containsExactly(count(built.get(0)));

        form.findElement(By.cssSelector(".pf-add")).click();
        WebElement second = rows(form).get(1);
        field(second, "Namn").sendKeys("Alexandra Exempeldotter-Långnamnsson");
        new org.openqa.selenium.support.ui.Select(field(second, "Roll"))
                .selectByValue("vice ordförande");
        field(second, "Parti (förkortning)").sendKeys("M");
        field(second, "Konto på X").sendKeys("@AlexExempel");
        form.findElement(By.cssSelector(".pf-add")).click();
        WebElement third = rows(form).get(2);
        field(third, "Namn").sendKeys("Maximiliana Ledamotsdotter-Exempelberg");
        field(third, "Parti (förkortning)").sendKeys("C");

        Path three = copyOfMessages("three");
        Files.writeString(
                three.resolve("branches/2584.yaml"),
                """
                municipality: "2584"
                politicians:
                  - name: Kim Exempelsson
                    role: ordförande
                    party: S
                    handles: {x: "@KimExempel"}
                  - name: Maximiliana Ledamotsdotter-Exempelberg
                    role: ledamot
                    party: C
                  - name: Alexandra Exempeldotter-Långnamnsson
                    role: vice ordförande
                    party: M
                    handles: {x: "@AlexExempel"}
                """);
        List<String> thread = buildKiruna(three, "three-out");
        assertThat(thread).as("the others move to a reply").hasSize(2);
        assertThat(thread.get(1))
                .contains("@AlexExempel", "Maximiliana Ledamotsdotter-Exempelberg (C)");
        assertThat(shownXPost()).isEqualTo(thread);
        assertThat(counters()).containsExactly(count(thread.get(0)), count(thread.get(1)));

        String href = form.findElement(By.cssSelector(".pf-download")).getAttribute("href");
        assertThat(form.findElement(By.cssSelector(".pf-download")).getAttribute("download"))
                .isEqualTo("2584.yaml");
        assertThat(form.findElement(By.cssSelector(".pf-download")).getText())
                .isEqualTo("Ladda ned som branches/2584.yaml");
        String prefix = "data:text/yaml;charset=utf-8,";
        assertThat(href).startsWith(prefix);
        String yaml = URLDecoder.decode(href.substring(prefix.length()), StandardCharsets.UTF_8);
        Path downloaded = copyOfMessages("downloaded");
        Files.writeString(downloaded.resolve("branches/2584.yaml"), yaml);
        var validate = CommandLineRuns.run("validate", "--messages", downloaded.toString());
        assertThat(validate.status()).as(yaml + validate.out() + validate.err()).isZero();
        assertThat(buildKiruna(downloaded, "downloaded-out")).isEqualTo(thread);

        assertThat(chromium.requests()).as("requests while using the form").isEmpty();
    }

    @Test
    @Order(4)
    void theFormFitsAPhoneWorksByKeyboardAndAxeFindsNothingInIt() throws IOException {
        chromium.viewport(390, 844, true);
        try {
            WebElement form = browser.findElement(By.cssSelector("#g-2584 .politicians-form"));
            assertThat(form.getAttribute("open")).isNotNull();
            Object overflow =
                    browser.executeScript(
                            "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue())
                    .as("horizontal overflow at 390 px")
                    .isLessThanOrEqualTo(0);
            for (WebElement control :
                    form.findElements(By.cssSelector("input, select, button, a, summary"))) {
                assertThat(control.getSize().getHeight())
                        .as("tap target %s", control.getText())
                        .isGreaterThanOrEqualTo(44);
            }
            assertThat(chromium.axeViolations()).isEmpty();

            // By keyboard: Enter on "add" gives a row with its name field focused, Enter on its
            // "remove" takes it away and returns to "add".
            WebElement add = form.findElement(By.cssSelector(".pf-add"));
            int before = rows(form).size();
            add.sendKeys(Keys.ENTER);
            assertThat(rows(form)).hasSize(before + 1);
            WebElement added = rows(form).get(before);
            assertThat(browser.switchTo().activeElement()).isEqualTo(field(added, "Namn"));
            added.findElement(By.cssSelector(".pf-remove")).sendKeys(Keys.ENTER);
            assertThat(rows(form)).hasSize(before);
            assertThat(browser.switchTo().activeElement()).isEqualTo(add);
        } finally {
            chromium.desktop();
        }
    }

    // ---- the page ----

    /** Runs {@code body} in the page with {@code cases} as a variable; returns what it returns. */
    private static JsonNode inPage(String body, JsonNode cases) {
        Object result =
                browser.executeScript(
                        "var cases = JSON.parse(arguments[0]); return JSON.stringify((function () { "
                                + body
                                + " })());",
                        cases.toString());
        return Chromium.read(result.toString());
    }

    private static List<WebElement> rows(WebElement form) {
        return form.findElements(By.cssSelector(".pf-row"));
    }

    /** The form field labelled {@code label} in {@code row}. */
    private static WebElement field(WebElement row, String label) {
        WebElement l = row.findElement(By.xpath(".//label[normalize-space()='" + label + "']"));
        return browser.findElement(By.id(l.getAttribute("for")));
    }

    private static List<String> shownXPost() {
        return browser
                .findElements(
                        By.cssSelector(
                                "#g-2584 .post[data-id='municipalities/2584-kiruna/x/local'] textarea"))
                .stream()
                .map(t -> t.getAttribute("value"))
                .toList();
    }

    private static List<String> counters() {
        return browser
                .findElements(
                        By.cssSelector(
                                "#g-2584 .post[data-id='municipalities/2584-kiruna/x/local'] .count"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The counter's text for {@code text} on X, by presskit's X counter. */
    private static String count(String text) {
        Channel x = Channel.of(Network.builtIn().get(0));
        return x.length(text) + " / " + x.limit();
    }

    // ---- the build ----

    private static Path copyOfMessages(String name) throws IOException {
        Path from = Path.of("messages");
        Path to = tmp.resolve("messages-" + name);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Kiruna's X local post as {@code presskit build --municipality 2584} writes it. */
    private static List<String> buildKiruna(Path messages, String out) {
        Path dir = tmp.resolve(out);
        var run =
                CommandLineRuns.run(
                        "build",
                        "--no-pdf",
                        "--municipality",
                        "2584",
                        "--messages",
                        messages.toString(),
                        "--out",
                        dir.toString());
        assertThat(run.status()).as(run.out() + run.err()).isZero();
        return builtParts(dir.resolve("2023/municipalities/2584-kiruna/x"));
    }

    /** A local post's parts as written: {@code local.txt}, or a thread's {@code local-N.txt}. */
    private static List<String> builtParts(Path dir) {
        try {
            List<String> parts = new ArrayList<>();
            for (int i = 1; Files.exists(dir.resolve("local-" + i + ".txt")); i++) {
                parts.add(withoutNewline(Files.readString(dir.resolve("local-" + i + ".txt"))));
            }
            return parts.isEmpty()
                    ? List.of(withoutNewline(Files.readString(dir.resolve("local.txt"))))
                    : parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutNewline(String file) {
        return file.endsWith("\n") ? file.substring(0, file.length() - 1) : file;
    }

    // ---- generated cases ----

    private static final String[] WORDS = {
        "Skolan",
        "behöver",
        "fler",
        "lärare",
        "och",
        "elevhälsan",
        "måste",
        "stärkas",
        "i",
        "hela",
        "landet",
        "bl.a.",
        "t.ex.",
        "m.fl.",
        "53\u00a0procent",
        "av",
        "rektorerna",
        "säger",
        "att",
        "resurserna",
        "inte",
        "räcker",
        "Kommunerna",
        "ansvar",
        "#skola",
        "#Välfärd",
        "@Exempel_1",
        "@exempel@mastodon.example",
        "https://skolrapporten.example/rapport/2025?utm_source=x",
        "Lärarförbundsgemenskapsutvecklingsprogrammen",
        "👩‍🏫",
        "«citat»",
        "(se",
        "rapporten)",
        "osv.",
        "Än",
        "är",
        "det",
        "långt",
        "kvar"
    };
    private static final String[] ENDS = {".", ".", "!", "?", "…", ":", ".\"", ""};

    /** A post of random sentences, lines, breaks and a tail of hashtags and a link. */
    private static String post(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(9);
        for (int s = 0; s < sentences; s++) {
            int words = 1 + random.nextInt(s % 4 == 3 ? 40 : 14);
            for (int w = 0; w < words; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < words ? " " : "");
            }
            text.append(ENDS[random.nextInt(ENDS.length)]);
            int gap = random.nextInt(10);
            text.append(gap < 6 ? " " : gap < 8 ? "\n" : gap < 9 ? "\n\n" : "\n---\n");
        }
        if (random.nextInt(4) > 0) {
            text.append("\n\n#skolan #Skola #svpol #lärare");
        }
        if (random.nextBoolean()) {
            text.append("\nhttps://skolrapporten.example/");
        }
        return text.toString();
    }

    private static final String[] FIRST = {
        "Kim", "Åsa \"Kicki\"", "Lars-Erik", "Maximiliana", "Ali", "Siv"
    };
    private static final String[] LAST = {
        "Exempelsson", "O'Exempel", "Ledamotsdotter-Exempelberg", "Öberg: Test", "Nilsson #1", "Å"
    };
    private static final String[] ROLES = {
        "ordförande",
        "1:e vice ordförande",
        "vice ordförande",
        "2:e vice ordförande",
        "ledamot",
        "ersättare"
    };
    private static final String[] PARTIES = {"", "S", "MP", "KD", "V"};

    private static ObjectNode politician(Random random, int p) {
        ObjectNode politician =
                JSON.createObjectNode()
                        .put(
                                "name",
                                FIRST[random.nextInt(FIRST.length)]
                                        + " "
                                        + LAST[random.nextInt(LAST.length)])
                        .put("role", ROLES[random.nextInt(ROLES.length)])
                        .put("party", PARTIES[random.nextInt(PARTIES.length)]);
        ObjectNode handles = politician.putObject("handles");
        handles.put("x", random.nextBoolean() ? "@Exempel_" + p + random.nextInt(1000) : "");
        handles.put("mastodon", random.nextBoolean() ? "@exempel" + p + "@mastodon.example" : "");
        handles.put("bluesky", random.nextBoolean() ? "@exempel" + p + ".bsky.social" : "");
        return politician;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
