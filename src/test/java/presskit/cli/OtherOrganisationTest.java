package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another organisation's campaign, from a folder holding only its {@code organisation.yaml}, its
 * year file and {@code branches/}: the invented school-staff union of {@code
 * fixtures/other-organisation}, with a Mastodon link, a count, figure ids with å, ä and ö, regional
 * figures for some regions, four branches and a plan. It validates without a single finding, builds
 * every edition, and nothing that presskit adds to its outputs (a template, a label, the page)
 * names the shipped campaign.
 */
class OtherOrganisationTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixtures/other-organisation");

    /**
     * The shipped campaign's words, as {@code CampaignWordsTest} looks for them in the code: whole
     * words, any inflection of the compounds, any case.
     */
    static final Pattern CAMPAIGN =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}_])(vision|socialchefsrapport\\p{L}*|socialtjänst\\p{L}*"
                            + "|socialchef\\p{L}*|socialnämnd\\p{L}*|örebro|1880)(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The same words less Örebro and its municipality code, which are reference geography: the
     * built-in list has Örebro län (18) and Örebro kommun (1880), and every campaign gets their
     * editions. Used only where an output is Örebro's own edition or its entry in a list of places.
     */
    private static final Pattern CAMPAIGN_NOT_A_PLACE =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}_])(vision|socialchefsrapport\\p{L}*|socialtjänst\\p{L}*"
                            + "|socialchef\\p{L}*|socialnämnd\\p{L}*)(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The folders of Örebro's own editions, where its name is the edition's place. */
    private static final List<String> OREBRO_EDITIONS =
            List.of("regions/18-orebro-lan/", "municipalities/1880-orebro/");

    /**
     * The same editions inside the zips, where they go by their names: their folders, and the whole
     * of the region's own zip, whose LÄSMIG names it.
     */
    private static final List<String> OREBRO_ZIP_FOLDERS =
            List.of("/Län/Örebro län/", "/Kommuner/Örebro/", "presskit-2025-region-18/");

    /** A zip of the page's list of places: "… i Örebro län (zip)". */
    private static final Pattern OREBRO_DOWNLOAD =
            Pattern.compile("<a href=\"presskit-2025-region-18\\.zip\"[^>]*>([^<]*)</a>");

    private static final Pattern PERCENT_ENCODED = Pattern.compile("(%[0-9A-Fa-f]{2})+");

    @TempDir static Path tmp;

    private static Path messages;
    private static Path year;
    private static Cli.Run build;

    /** One full build, PDFs included, read by every test. */
    @BeforeAll
    static void buildOnce() throws IOException {
        messages = copy(FIXTURE, tmp.resolve("messages"));
        Path out = tmp.resolve("out");
        build = Cli.run("build", "--messages", messages.toString(), "--out", out.toString());
        year = out.resolve("2025");
    }

    @Test
    void theFolderHoldsOnlyTheCampaign() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            assertThat(
                            files.filter(Files::isRegularFile)
                                    .map(f -> FIXTURE.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder(
                            "organisation.yaml",
                            "2025.yaml",
                            "branches/0380.yaml",
                            "branches/0680.yaml",
                            "branches/1480.yaml",
                            "branches/2480.yaml");
        }
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            assertThat(files.filter(Files::isRegularFile))
                    .allSatisfy(
                            f ->
                                    assertThat(Files.readString(f))
                                            .as(f.toString())
                                            .containsPattern("(?m)^# Test fixture: .*invented"));
        }
    }

    @Test
    void validateFindsNothingAtAll() {
        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("No findings.\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theBuildMakesEveryEditionWithoutAWord() throws IOException {
        assertThat(build.status()).as(build.all()).isZero();
        assertThat(build.err()).isEmpty();
        assertThat(year.resolve("national/release.pdf")).isRegularFile();
        assertThat(year.resolve("index.html")).isRegularFile();
        try (Stream<Path> regions = Files.list(year.resolve("regions"))) {
            assertThat(regions.filter(r -> Files.isRegularFile(r.resolve("release.pdf"))))
                    .hasSize(21);
        }
        try (Stream<Path> municipalities = Files.list(year.resolve("municipalities"))) {
            assertThat(municipalities.filter(m -> Files.isRegularFile(m.resolve("x/local.txt"))))
                    .hasSize(290);
        }
    }

    @Test
    void theCampaignIsSaidAsWritten() throws IOException {
        String release = Files.readString(year.resolve("national/release.txt"));
        assertThat(release)
                .contains("Sju av tio lärare hinner inte planera sina lektioner på arbetstid")
                .contains("har 62 procent av lärarna fått större klasser")
                .contains("säger 48,5 procent av lärarna")
                .contains("I hela landet saknar 12\u00A0400 heltidstjänster en behörig lärare.")
                .contains("– När sju av tio lärare inte hinner planera")
                .doesNotContain("{");
        assertThat(
                        Files.readString(
                                year.resolve("regions/25-norrbottens-lan/x/figure-planering.txt")))
                .startsWith("Sex av tio lärare i Norrbottens län hinner inte");
        assertThat(
                        Files.readString(
                                year.resolve(
                                        "regions/04-sodermanlands-lan/x/figure-planering.txt")))
                .startsWith("Sju av tio lärare i hela landet hinner inte");
        // Göteborg's file lists the chair third: she is still the one tagged first.
        assertThat(Files.readString(year.resolve("municipalities/1480-goteborg/x/local.txt")))
                .contains("Barn- och utbildningsnämnden i Göteborgs Stad, @SofiaAkesson:");
        assertThat(Files.readString(year.resolve("municipalities/0380-uppsala/mastodon/local.txt")))
                .contains("Utbildningsnämnden i Uppsala kommun, @annasjoberg@mastodon.nu,");
    }

    /**
     * Every file of the build is read as a reader gets it: text files as text (and once more with
     * percent-encoded share links decoded), PDFs by their text, zips entry by entry; the page's
     * data and the manifest by their JSON. Örebro and 1880 are allowed only in Örebro's own
     * editions and in their entries of the page's data, the manifest and the page's list of
     * downloads; "vision" only in the third-party twitter-text library the page embeds verbatim
     * (its list of top-level domains has .vision).
     */
    @Test
    void noOutputNamesTheShippedCampaign() throws IOException {
        List<String> found = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(year)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = year.relativize(file).toString().replace('\\', '/');
                found.addAll(scan(path, path, patternFor(path)));
                found.addAll(read(path, Files.readAllBytes(file)));
                read++;
            }
        }
        assertThat(read).isGreaterThan(2000);
        assertThat(found.size())
                .as(
                        "%d places name the shipped campaign; the first:%n%s",
                        found.size(), String.join("\n", found.stream().limit(20).toList()))
                .isZero();
    }

    /** The words found in one file (or zip entry) named {@code path}. */
    private static List<String> read(String path, byte[] bytes) throws IOException {
        if (path.endsWith(".zip")) {
            return zip(path, bytes);
        }
        if (path.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return scan(path, new PDFTextStripper().getText(pdf), patternFor(path));
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (path.equals("index.html")) {
            return page(text);
        }
        if (path.equals("manifest.json")) {
            return json(path, new ObjectMapper().readTree(text));
        }
        return scan(path, text, patternFor(path));
    }

    private static List<String> zip(String name, byte[] bytes) throws IOException {
        List<String> found = new ArrayList<>();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String entry = e.getName();
                found.addAll(scan(name + "!/" + entry, entry, patternFor(entry)));
                for (String f : read(entry, zip.readAllBytes())) {
                    found.add(name + "!/" + f);
                }
                entries++;
            }
        }
        assertThat(entries).as(name).isPositive();
        return found;
    }

    /**
     * The page: its data (JSON) and the rest of the HTML, less the twitter-text library, which is
     * third-party and embedded exactly as the jar ships it.
     */
    private static List<String> page(String html) throws IOException {
        List<String> found = new ArrayList<>();
        String rest = html;
        for (String block : List.of("presskit-data", "presskit-places")) {
            Matcher data =
                    Pattern.compile(
                                    "<script type=\"application/json\" id=\""
                                            + block
                                            + "\">(.*?)</script>",
                                    Pattern.DOTALL)
                            .matcher(html);
            assertThat(data.find()).as("the page's " + block).isTrue();
            found.addAll(json("index.html#" + block, new ObjectMapper().readTree(data.group(1))));
            rest = rest.replace(data.group(1), "");
        }
        String twitterText = resource("/presskit/page/twitter-text.min.js").strip();
        rest = rest.replace(twitterText, "");
        Matcher download = OREBRO_DOWNLOAD.matcher(rest);
        if (download.find()) {
            found.addAll(
                    scan("index.html (Örebro län's zip)", download.group(1), CAMPAIGN_NOT_A_PLACE));
            rest = download.replaceAll("");
        }
        found.addAll(scan("index.html", rest, CAMPAIGN));
        return found;
    }

    /**
     * A JSON document: an object that stands for Örebro's own edition or one of its outputs (its
     * {@code path} or {@code id} under Örebro's folders, or its {@code code} 18 or 1880) may name
     * Örebro; a municipality of Örebro län may name its {@code region}; the rest may not.
     */
    private static List<String> json(String name, JsonNode root) {
        List<String> found = new ArrayList<>();
        JsonNode copy = root.deepCopy();
        setAside(copy, name, found);
        found.addAll(scan(name, copy.toString(), CAMPAIGN));
        return found;
    }

    private static void setAside(JsonNode node, String name, List<String> found) {
        if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                JsonNode item = it.next();
                if (isOrebro(item)) {
                    found.addAll(scan(name + " (Örebro)", item.toString(), CAMPAIGN_NOT_A_PLACE));
                    it.remove();
                } else {
                    setAside(item, name, found);
                }
            }
        } else if (node instanceof ObjectNode object) {
            if (object.path("code").asText().startsWith("18")
                    && object.path("region").asText().equals("Örebro län")) {
                object.remove("region");
            }
            object.elements().forEachRemaining(child -> setAside(child, name, found));
        }
    }

    private static boolean isOrebro(JsonNode item) {
        String code = item.path("code").asText();
        return code.equals("18")
                || code.equals("1880")
                || OREBRO_EDITIONS.stream()
                        .anyMatch(
                                folder ->
                                        item.path("path").asText().startsWith(folder)
                                                || item.path("id").asText().startsWith(folder));
    }

    private static Pattern patternFor(String path) {
        return OREBRO_EDITIONS.stream().anyMatch(path::startsWith)
                        || OREBRO_ZIP_FOLDERS.stream().anyMatch(path::contains)
                ? CAMPAIGN_NOT_A_PLACE
                : CAMPAIGN;
    }

    /** Each match in {@code text}, and in its percent-decoded share links, as "where: word". */
    private static List<String> scan(String where, String text, Pattern words) {
        List<String> found = new ArrayList<>();
        String decoded = percentDecoded(text);
        for (String view : decoded.equals(text) ? List.of(text) : List.of(text, decoded)) {
            Matcher m = words.matcher(view);
            while (m.find()) {
                int from = Math.max(0, m.start() - 60);
                int to = Math.min(view.length(), m.end() + 60);
                found.add(where + ": " + m.group() + " in «" + view.substring(from, to) + "»");
            }
        }
        return found;
    }

    /** {@code text} with each run of %XX decoded as UTF-8, as a share link's text is read. */
    private static String percentDecoded(String text) {
        Matcher m = PERCENT_ENCODED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            byte[] bytes = new byte[run.length() / 3];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(run.substring(3 * i + 1, 3 * i + 3), 16);
            }
            m.appendReplacement(
                    out, Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OtherOrganisationTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A copy of a campaign folder, so that a test never writes into the fixture. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
