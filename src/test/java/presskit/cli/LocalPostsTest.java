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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local post each of the 290 municipalities gets in the shipped 2023 and 2022 kits, read as the
 * branch would send it: one X post, the figure with its source, the committee addressed by the name
 * the municipality uses for itself ({@code official_name} in the reference list {@code
 * src/test/resources/geography/sweden-municipalities.csv}), and no wrong name anywhere in the kit.
 */
class LocalPostsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CSV =
            Path.of("src/test/resources/geography/sweden-municipalities.csv");

    /** A row of the reference list. */
    record Row(String code, String name, String officialName) {}

    private static final List<Row> ROWS = new ArrayList<>();
    private static final Map<String, Path> KITS = new HashMap<>();

    @TempDir static Path tmp;

    @BeforeAll
    static void build() throws IOException {
        List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            ROWS.add(new Row(cells[0], cells[1], cells[4]));
        }
        assertThat(ROWS).hasSize(290);
        KITS.put("2023", SharedKit.year());
        Path out = tmp.resolve("out-2022");
        Cli.Run run = Cli.run("build", "--year", "2022", "--no-pdf", "--out", out.toString());
        assertThat(run.status()).as(run.all()).isZero();
        KITS.put("2022", out.resolve("2022"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023", "2022"})
    void everyMunicipalitysXPostIsOnePostNamingItAsItNamesItselfAndTheSource(String year)
            throws IOException {
        Path kit = KITS.get(year);
        Map<String, JsonNode> local = new HashMap<>();
        for (JsonNode o : JSON.readTree(kit.resolve("manifest.json").toFile()).get("outputs")) {
            if (o.get("id").asText().endsWith("/x/local")) {
                local.put(o.get("variant").asText(), o);
            }
        }
        assertThat(local).hasSize(290);
        for (Row row : ROWS) {
            JsonNode output = local.get(row.code());
            String text = BuildCommandTest.postText(kit.resolve(output.get("path").asText()));
            assertThat(text).as(row.code()).contains(" i " + row.officialName(), year);
            if (row.code().equals("1880")) {
                continue; // the example branch tags three politicians, two of them in a reply
            }
            assertThat(output.get("kind").asText()).as(row.code()).isEqualTo("post");
            assertThat(output.get("valid").asBoolean()).as(row.code()).isTrue();
            assertThat(text)
                    .as(row.code())
                    .contains(", enligt Socialchefsrapporten " + year + ".\n\nSocialnämnden i ");
            assertThat(TwitterTextParser.parseTweet(text).weightedLength).isLessThanOrEqualTo(280);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023", "2022"})
    void noTextInTheKitNamesAMunicipalityOtherwiseThanItNamesItself(String year)
            throws IOException {
        List<String> wrong = new ArrayList<>(List.of("Kalmars kommun", "Faluns kommun"));
        for (Row row : ROWS) {
            String official = row.officialName().toLowerCase(Locale.ROOT);
            if (official.endsWith(" stad") || official.startsWith("region ")) {
                wrong.add(row.name() + " kommun");
                wrong.add(row.name() + "s kommun");
            }
        }
        assertThat(wrong).contains("Gotlands kommun", "Stockholms kommun", "Malmö kommun");

        List<String> texts = LocalBlockTest.everyText(KITS.get(year));

        assertThat(texts).hasSizeGreaterThan(290 * 5);
        for (String text : texts) {
            assertThat(text).doesNotContain(wrong);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023", "2022"})
    void aThreadCounterNeverStandsDirectlyAfterALink(String year) throws IOException {
        Path kit = KITS.get(year);
        List<String> parts = new ArrayList<>();
        for (JsonNode o : JSON.readTree(kit.resolve("manifest.json").toFile()).get("outputs")) {
            for (JsonNode part : o.path("parts")) {
                parts.add(BuildCommandTest.postText(kit.resolve(part.get("path").asText())));
            }
        }
        assertThat(parts)
                .as("the kit has threads, the example branch's reply among them")
                .isNotEmpty();
        for (String part : parts) {
            assertThat(part)
                    .containsPattern("\\d+/\\d+")
                    .doesNotContainPattern("https?://\\S+\\s+\\d+/\\d+");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023", "2022"})
    void aBranchTaggingOnlyItsChairFitsOneXPostForTheLongestName(String year) throws IOException {
        Row longest =
                ROWS.stream()
                        .max(Comparator.comparingInt((Row r) -> r.officialName().length()))
                        .orElseThrow();
        Path messages = tmp.resolve("messages-" + year);
        Files.createDirectories(messages.resolve("branches"));
        for (String file : List.of("organisation.yaml", "channels.yaml", year + ".yaml")) {
            Files.copy(Path.of("messages", file), messages.resolve(file));
        }
        // Test fixture: an invented chair with an X handle of the longest length X allows (15).
        Files.writeString(
                messages.resolve("branches/" + longest.code() + ".yaml"),
                "municipality: \""
                        + longest.code()
                        + "\"\npoliticians:\n"
                        + "  - {name: Ordf Testsson, role: ordförande, party: S,"
                        + " handles: {x: \"@Ordforande_Test\"}}\n");
        Path out = tmp.resolve("branch-" + year);

        Cli.Run run =
                Cli.run(
                        "build",
                        "--year",
                        year,
                        "--no-pdf",
                        "--messages",
                        messages.toString(),
                        "--municipality",
                        longest.code(),
                        "--out",
                        out.toString());

        assertThat(run.status()).as(run.all()).isZero();
        Path x =
                Files.list(out.resolve(year + "/municipalities"))
                        .findFirst()
                        .orElseThrow()
                        .resolve("x");
        assertThat(x.resolve("local-1.txt")).doesNotExist();
        String post = BuildCommandTest.postText(x.resolve("local.txt"));
        assertThat(post)
                .contains("Socialnämnden i " + longest.officialName() + ", @Ordforande_Test: hur ")
                .contains(", enligt Socialchefsrapporten " + year + ".");
        assertThat(TwitterTextParser.parseTweet(post).weightedLength).isLessThanOrEqualTo(280);
    }
}
