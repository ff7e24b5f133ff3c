package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twitter.twittertext.TwitterTextParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regional and municipal editions: every variant in the manifest, figures said right, politicians
 * tagged.
 */
class VariantsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    @Test
    void aFullBuildHasTheNationalEditionEveryRegionAndEveryMunicipality() throws IOException {
        JsonNode manifest = JSON.readTree(SharedKit.year().resolve("manifest.json").toFile());
        Set<String> variants = new HashSet<>();
        manifest.get("outputs").forEach(o -> variants.add(o.get("variant").asText()));

        assertThat(variants).contains("national", "01", "18", "25", "0180", "1880", "2584");
        assertThat(variants.stream().filter(v -> v.matches("\\d{2}"))).hasSize(21);
        assertThat(variants.stream().filter(v -> v.matches("\\d{4}"))).hasSize(290);
        assertThat(variants).hasSize(1 + 21 + 290);
        assertThat(SharedKit.year().resolve("regions/18-orebro-lan/release.html")).isRegularFile();
        assertThat(SharedKit.year().resolve("municipalities/0114-upplands-vasby/x/local.txt"))
                .isRegularFile();
    }

    @Test
    void everyXPostOfEveryVariantFitsAsTwitterTextCountsIt() throws IOException {
        Path year = SharedKit.year();
        JsonNode manifest = JSON.readTree(year.resolve("manifest.json").toFile());
        int posts = 0;
        for (JsonNode o : manifest.get("outputs")) {
            if (!o.get("channel").asText().equals("x")) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            if (o.has("parts")) {
                o.get("parts").forEach(p -> paths.add(p.get("path").asText()));
            } else {
                paths.add(o.get("path").asText());
            }
            for (String path : paths) {
                String text = BuildCommandTest.postText(year.resolve(path));
                assertThat(TwitterTextParser.parseTweet(text).weightedLength)
                        .as(path)
                        .isLessThanOrEqualTo(280);
                posts++;
            }
        }
        assertThat(posts).isGreaterThan(290 + 21);
    }

    @Test
    void theShippedExampleBranchIsMarkedAsAnExample() throws IOException {
        JsonNode manifest = JSON.readTree(SharedKit.year().resolve("manifest.json").toFile());
        for (JsonNode o : manifest.get("outputs")) {
            assertThat(o.get("example").asBoolean())
                    .as(o.get("id").asText())
                    .isEqualTo(o.get("variant").asText().equals("1880"));
        }
    }

    @Test
    void withoutRegionalFiguresARegionGetsTheNationalReleaseAndItsPostsNameTheCounty()
            throws IOException {
        Path region = SharedKit.year().resolve("regions/18-orebro-lan");
        String release = Files.readString(region.resolve("release.txt"));
        assertThat(release)
                .isEqualTo(Files.readString(SharedKit.year().resolve("national/release.txt")))
                .contains("Pressmeddelande från Vision, 18 september 2023")
                .doesNotContain("Örebro län")
                .doesNotContain("Siffrorna nedan gäller hela landet.");
        assertThat(Files.readString(region.resolve("x/figure-rekrytering.txt")))
                .startsWith(
                        "Åtta av tio socialchefer i hela landet har svårt att rekrytera socialsekreterare")
                .contains("Hur är läget i Örebro län?");
        assertThat(Files.readString(region.resolve("linkedin/post.txt")))
                .contains("Siffrorna gäller hela landet. Hur är läget i Örebro län?");
    }

    private Path fixture(String yearSearch, String yearReplace) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages.resolve("branches"));
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        assertThat(year).contains(yearSearch);
        Files.writeString(
                messages.resolve("2023.yaml"),
                year.replace(yearSearch, yearReplace)
                        + "local:\n  committee: Socialnämnden\n"
                        + "  question: Hur ska ni arbeta för att fler ska tycka om tester?\n");
        return messages;
    }

    @Test
    void withRegionalFiguresTheRegionShowsItsOwnAndOthersTheNationalOne() throws IOException {
        Path messages =
                fixture(
                        "    source: Testrapporten 2023",
                        "    source: Testrapporten 2023\n    regions:\n      \"18\": 6");
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.build(messages, out);

        assertThat(run.status()).as(run.all()).isZero();
        String orebro = Files.readString(out.resolve("2023/regions/18-orebro-lan/release.txt"));
        assertThat(orebro)
                .contains("Testrapporten 2023: Så är läget i Örebro län")
                .contains(
                        "\n\nI Örebro län tycker sex av tio testpersoner om tester, visar"
                                + " Testrapporten 2023. I hela landet är det sju av tio.\n")
                .doesNotContain("SIFFROR I KORTHET")
                .doesNotContain("Siffrorna nedan gäller hela landet.");
        assertThat(Files.readString(out.resolve("2023/regions/18-orebro-lan/x/figure-andel.txt")))
                .startsWith("Sex av tio testpersoner i Örebro län tycker om tester")
                .doesNotContain("Hur är läget");
        assertThat(Files.readString(out.resolve("2023/municipalities/1880-orebro/x/local.txt")))
                .startsWith(
                        "Sex av tio testpersoner i Örebro län tycker om tester, enligt Testrapporten"
                                + " 2023.");
        String national = Files.readString(out.resolve("2023/national/release.txt"));
        assertThat(national).contains("\n\nSju av tio testpersoner tycker om tester.\n");
        assertThat(Files.readString(out.resolve("2023/regions/01-stockholms-lan/release.txt")))
                .isEqualTo(national);
    }

    @Test
    void aBranchsPostTagsItsPoliticiansInOrderOfRoleAndNamesTheOneWithoutAHandle()
            throws IOException {
        Path messages = fixture("year: 2023", "year: 2023");
        // Test fixture: invented politicians, listed out of order on purpose.
        Files.writeString(
                messages.resolve("branches/0180.yaml"),
                """
                municipality: "0180"
                committee: Socialnämnden
                politicians:
                  - {name: Ledamot Testsson, role: ledamot, party: V, handles: {x: "@ledamot_test"}}
                  - {name: Ordf Testsson, role: ordförande, party: S, handles: {x: "@ordf_test", bluesky: "@ordf.bsky.social"}}
                  - {name: Utan Handtag, role: vice ordförande, party: M}
                """);
        Path out = tmp.resolve("out");

        Cli.Run run =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--messages",
                        messages.toString(),
                        "--out",
                        out.toString(),
                        "--municipality",
                        "0180");

        assertThat(run.status()).as(run.all()).isZero();
        String post =
                BuildCommandTest.postText(
                        out.resolve("2023/municipalities/0180-stockholm/x/local.txt"));
        assertThat(post)
                .contains(
                        "\n\nSocialnämnden i Stockholms stad, @ordf_test, Utan Handtag (M) och @ledamot_test: ")
                .contains("hur ska ni arbeta för att fler ska tycka om tester?")
                .contains("https://www.vision.se/");
        assertThat(TwitterTextParser.parseTweet(post).weightedLength).isLessThanOrEqualTo(280);
        assertThat(post).doesNotContain("@Utan", "@ ");
    }

    @Test
    void whenTaggingEveryoneDoesNotFitTheChairStaysAndTheOthersMoveToAReply() throws IOException {
        Path messages = fixture("year: 2023", "year: 2023");
        StringBuilder branch =
                new StringBuilder(
                        "municipality: \"1880\"\ncommittee: Individ- och familjenämnden\npoliticians:\n");
        branch.append(
                "  - {name: Ordf Testsson, role: ordförande, handles: {x: \"@ordforande_test\"}}\n");
        for (int i = 1; i <= 12; i++) {
            branch.append("  - {name: Ledamot ")
                    .append(i)
                    .append(", role: ledamot, handles: {x: \"@ledamot_nr_")
                    .append(i)
                    .append("\"}}\n");
        }
        Files.writeString(
                messages.resolve("branches/1880.yaml"),
                "# Test fixture: invented politicians.\n" + branch);
        Path out = tmp.resolve("out");

        Cli.Run run =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--messages",
                        messages.toString(),
                        "--out",
                        out.toString(),
                        "--municipality",
                        "1880");

        assertThat(run.status()).as(run.all()).isZero();
        Path folder = out.resolve("2023/municipalities/1880-orebro/x");
        String first = BuildCommandTest.postText(folder.resolve("local-1.txt"));
        String reply = BuildCommandTest.postText(folder.resolve("local-2.txt"));
        assertThat(first)
                .contains(
                        "\n\nIndivid- och familjenämnden i Örebro kommun, @ordforande_test: hur ska ni")
                .contains("https://www.vision.se/")
                .doesNotContain("@ledamot_nr_");
        assertThat(reply).contains("@ledamot_nr_1, ", "och @ledamot_nr_12.");
        assertThat(reply.indexOf("@ledamot_nr_1, ")).isLessThan(reply.indexOf("@ledamot_nr_2, "));
        for (String part : List.of(first, reply)) {
            assertThat(TwitterTextParser.parseTweet(part).weightedLength).isLessThanOrEqualTo(280);
        }
    }

    @Test
    void badBranchFilesAreReportedWithFileAndLine() throws IOException {
        Path messages = fixture("year: 2023", "year: 2023");
        Path branches = messages.resolve("branches");
        Files.writeString(
                branches.resolve("1880.yaml"),
                """
                municipality: "1880"
                committee: Socialnämnden
                politicians:
                  - name: Ordf Testsson
                    role: ordförande
                    handles:
                      x: "@det här är inget handtag"
                      mastodon: "@utan_instans"
                """);
        Files.writeString(
                branches.resolve("9999.yaml"),
                "municipality: \"9999\"\ncommittee: Socialnämnden\npoliticians: []\n");
        Files.writeString(
                branches.resolve("orebro.yaml"),
                "municipality: \"0180\"\ncommittee: Socialnämnden\npoliticians: []\n");

        Cli.Run run =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--messages",
                        messages.toString(),
                        "--out",
                        tmp.resolve("out").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        branches.resolve("1880.yaml")
                                + ":7:10: error: 'politicians[0].handles.x': '@det här är inget handtag' is not a valid handle on x")
                .contains(
                        branches.resolve("1880.yaml")
                                + ":8:17: error: 'politicians[0].handles.mastodon': '@utan_instans' is not a valid handle on mastodon")
                .contains(
                        branches.resolve("9999.yaml")
                                + ":1:15: error: 'municipality': no municipality has the code 9999")
                .contains(
                        branches.resolve("orebro.yaml")
                                + ":1:15: error: 'municipality': the file for municipality 0180 must be named 0180.yaml")
                .doesNotContain("\tat ");
        assertThat(tmp.resolve("out/2023")).doesNotExist();
    }

    @Test
    void onlyAndRegionNarrowTheBuildAndAnUnknownCodeIsAUsageError() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--region",
                        "18",
                        "--only",
                        "regions,municipalities",
                        "--out",
                        out.toString());

        assertThat(run.status()).as(run.all()).isZero();
        JsonNode manifest = JSON.readTree(out.resolve("2023/manifest.json").toFile());
        Set<String> variants = new HashSet<>();
        manifest.get("outputs").forEach(o -> variants.add(o.get("variant").asText()));
        assertThat(variants)
                .contains("18", "1880", "1814")
                .allMatch(v -> v.startsWith("18"))
                .hasSize(1 + 12);

        Cli.Run unknown = Cli.run("build", "--municipality", "9999", "--out", out.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("no municipality has the code '9999'");
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
