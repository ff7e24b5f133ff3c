package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a Swedish press officer checks before sending anything: no sentence of a release or a
 * message sheet opens with digits, no two networks of one edition get the same long post, and a
 * regional edition delivers the regional news its headline promises or none at all. Built with
 * {@code --no-pdf}: the PDF is the HTML release printed.
 */
class PublishableTextTest {

    private static final Path OTHER = Path.of("src/test/resources/fixtures/other-organisation");

    /** The networks whose posts are short: the same message may go out on each of them as is. */
    private static final Set<String> SHORT_POSTS = Set.of("x", "mastodon", "bluesky");

    /**
     * A sentence's first character: a line's first, or after . ! ? and a space, but not "kl.
     * 06.00".
     */
    private static final Pattern SENTENCE_START =
            Pattern.compile("(?:^|(?<!\\bkl)[.!?][\\s\\u00A0]+)[*_]*(\\S)");

    @TempDir static Path tmp;

    private static final Map<String, Path> BUILT = new TreeMap<>();

    /** {@code out/<year>} of a {@code --no-pdf} build, made once per name. */
    private static synchronized Path built(String name, String... args) {
        return BUILT.computeIfAbsent(
                name,
                n -> {
                    Path out = tmp.resolve(n);
                    List<String> all = new ArrayList<>(List.of("build", "--no-pdf"));
                    all.addAll(List.of(args));
                    all.addAll(List.of("--out", out.toString()));
                    Cli.Run run = Cli.run(all.toArray(String[]::new));
                    assertThat(run.status()).as(run.all()).isZero();
                    try (Stream<Path> years = Files.list(out)) {
                        return years.filter(Files::isDirectory).findFirst().orElseThrow();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static Path other() {
        return built("other", "--messages", OTHER.toString());
    }

    @Test
    void noSentenceOfTheFixturesReleasesOrSheetsOpensWithDigits() throws IOException {
        assertThat(digitOpenings(other())).isEmpty();
    }

    /**
     * The shipped years, every region included. A finding here is a data text to rephrase: {@code
     * presskit validate} names its line.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2022", "2023"})
    void noSentenceOfAShippedReleaseOrSheetOpensWithDigits(String year) throws IOException {
        assertThat(digitOpenings(built(year, "--year", year))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"other", "2023"})
    void noTwoNetworksOfAnEditionGetTheSameTextUnlessBothTakeShortPosts(String kit)
            throws IOException {
        Path year = kit.equals("other") ? other() : built(kit, "--year", kit);
        List<String> shared = new ArrayList<>();
        for (Path edition : editions(year)) {
            Map<String, Set<String>> networksByText = new TreeMap<>();
            for (Path network : folders(edition)) {
                try (Stream<Path> posts = Files.list(network)) {
                    for (Path post : posts.filter(p -> p.toString().endsWith(".txt")).toList()) {
                        networksByText
                                .computeIfAbsent(untracked(read(post)), t -> new TreeSet<>())
                                .add(network.getFileName().toString());
                    }
                }
            }
            networksByText.forEach(
                    (text, networks) -> {
                        if (networks.size() > 1 && !SHORT_POSTS.containsAll(networks)) {
                            shared.add(year.relativize(edition) + " " + networks);
                        }
                    });
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void aRegionWithFiguresOfItsOwnLeadsWithThemAndSaysTheNationalOnesAsNational()
            throws IOException {
        String release = read(other().resolve("regions/25-norrbottens-lan/release.txt"));

        assertThat(release)
                .contains("Skolenkäten 2025: Så är läget i Norrbottens län")
                .contains(
                        "\n\nI Norrbottens län hinner sex av tio lärare inte planera sina lektioner"
                                + " på arbetstid, visar Skolenkäten 2025. I hela landet är det sju"
                                + " av tio. I länet har 71 procent av lärarna fått större klasser"
                                + " det senaste året, mot 62 procent i hela landet.\n")
                .doesNotContain("Skolfacket – Norrbottens län");
        // The year's body is national text ("48,5 procent av lärarna" is the country's value, and
        // Norrbotten has none of its own): it stands under a heading that says so.
        assertThat(release)
                .contains(
                        "i hela landet.\n\nI HELA LANDET\n\nEnligt enkäten säger 48,5 procent av"
                                + " lärarna");
        assertThat(read(other().resolve("regions/25-norrbottens-lan/release.html")))
                .contains("<h2>I hela landet</h2>\n<p>Enligt enkäten säger 48,5 procent");
        assertThat(read(other().resolve("national/release.txt"))).doesNotContain("I HELA LANDET");
        assertThat(read(other().resolve("regions/25-norrbottens-lan/facebook/post.txt")))
                .startsWith("I Norrbottens län hinner sex av tio lärare");
    }

    @Test
    void aRegionWithoutFiguresOfItsOwnGetsTheNationalReleaseAndPostsThatNameIt()
            throws IOException {
        Path region = other().resolve("regions/03-uppsala-lan");
        for (String doc : List.of("release.txt", "release.md", "release.html", "sheet.md")) {
            assertThat(read(region.resolve(doc)))
                    .isEqualTo(read(other().resolve("national/" + doc)));
        }
        for (String network : List.of("linkedin", "facebook")) {
            assertThat(read(region.resolve(network + "/post.txt")))
                    .contains("Siffrorna gäller hela landet. Hur är läget i Uppsala län?");
        }
    }

    @Test
    void figuresInBriefAreOnlyThoseTheTextDoesNotSayAndNationalIsSaidOnce() throws IOException {
        // The national lede and body say every figure: no box.
        assertThat(read(other().resolve("national/release.txt")))
                .doesNotContain("SIFFROR I KORTHET");
        String release = read(other().resolve("regions/14-vastra-gotalands-lan/release.txt"));
        String inBrief =
                release.substring(
                        release.indexOf("SIFFROR I KORTHET"), release.indexOf("OM UNDERSÖKNINGEN"));

        assertThat(inBrief)
                .isEqualTo(
                        "SIFFROR I KORTHET\n"
                                + "I hela landet:\n"
                                + "- Sju av tio lärare hinner inte planera sina lektioner på"
                                + " arbetstid.\n"
                                + "- Av lärarna har 62 procent fått större klasser det senaste"
                                + " året.\n\n");
    }

    /**
     * Every sentence in a release or sheet of any edition that opens with digits, its first 60
     * characters, with the first file it is in and how many files hold it.
     */
    private static List<String> digitOpenings(Path year) throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (Path edition : editions(year)) {
            for (String doc :
                    List.of(
                            "release.txt",
                            "release.md",
                            "release.html",
                            "sheet.md",
                            "sheet.html")) {
                Path file = edition.resolve(doc);
                if (!Files.exists(file)) {
                    continue;
                }
                String text = read(file);
                if (doc.endsWith(".html")) {
                    text = plain(text);
                }
                for (String line : text.split("\n")) {
                    String body = line.replaceFirst("^[\\s#>*_\\-–•\\[]*", "");
                    Matcher m = SENTENCE_START.matcher(body);
                    while (m.find()) {
                        if (Character.isDigit(m.group(1).charAt(0))) {
                            String sentence = body.substring(m.start(1));
                            found.computeIfAbsent(
                                            sentence.substring(0, Math.min(60, sentence.length())),
                                            k -> new ArrayList<>())
                                    .add(year.relativize(file).toString());
                        }
                    }
                }
            }
        }
        List<String> said = new ArrayList<>();
        found.forEach(
                (sentence, files) ->
                        said.add(
                                "'"
                                        + sentence
                                        + " …' in "
                                        + files.size()
                                        + " files, such as "
                                        + files.get(0)));
        return said;
    }

    /** The text of an HTML document, a line per block. */
    private static String plain(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", "")
                .replaceAll("(?i)<(br|p|li|h\\d|blockquote|ul|div)\\b[^>]*>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }

    /** A post without its network's tracking tags, which alone would make two texts differ. */
    private static String untracked(String text) {
        return text.replaceAll("[?&]utm_[^\\s&]*", "");
    }

    private static List<Path> editions(Path year) throws IOException {
        List<Path> editions = new ArrayList<>(List.of(year.resolve("national")));
        for (String level : List.of("regions", "municipalities")) {
            editions.addAll(folders(year.resolve(level)));
        }
        return editions;
    }

    private static List<Path> folders(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
