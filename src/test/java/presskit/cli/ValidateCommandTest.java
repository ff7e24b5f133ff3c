package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    private Path messagesWith(String search, String replace) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        assertThat(year).contains(search);
        Files.writeString(messages.resolve("2023.yaml"), year.replace(search, replace));
        return messages;
    }

    @Test
    void theShippedYearsAreClean() {
        for (String year : new String[] {"2022", "2023"}) {
            Cli.Run run = Cli.run("validate", "--year", year);
            assertThat(run.status()).as(run.all()).isZero();
            assertThat(run.out()).isEqualTo("No findings.\n");
        }
    }

    @Test
    void validateWritesNothing() throws IOException {
        Path messages = messagesWith("year: 2023", "year: 2023");
        Cli.run("validate", "--messages", messages.toString());

        assertThat(Files.list(tmp).map(p -> p.getFileName().toString()))
                .containsExactly("messages");
    }

    @Test
    void aLostLinkIsAFindingWithFileAndLine() throws IOException {
        Path messages = messagesWith("    url: https://www.vision.se/", "    url: \"#\"");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":43:10: error: 'links[0].url': '#' is a placeholder")
                .endsWith("1 error, 0 warnings.\n");
    }

    @Test
    void anUndefinedFigureInATextStopsTheLoadOnceAtItsLine() throws IOException {
        Path messages = messagesWith("    - Testa mera.", "    - \"{okand} testar mera.\"");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":32:8: error: 'messages.short[0]': '{okand}' names no figure");
        assertThat(run.all()).doesNotContain("unresolved placeholder");
    }

    @Test
    void aPostOverTheLimitIsAFinding() throws IOException {
        String word = "x".repeat(300); // one token: nothing to split at
        Path messages = messagesWith("    - Testa mera.", "    - " + word);

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "national/x/short-1.txt: error: 'national/x/short-1': post is 340 long as x counts it; the limit is 280");
    }

    @Test
    void anEmbargoAfterPublicationIsAFinding() throws IOException {
        Path messages =
                messagesWith(
                        "  published: 2023-09-18",
                        "  published: 2023-09-18\n  embargo: 2023-09-19T06:00:00+02:00");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "'report.embargo': the embargo lifts on 2023-09-19, after the publication day");
    }

    @Test
    void aHashtagThatIsNotOneTagIsAFindingAndALongLowerCaseTagGetsAHint() throws IOException {
        Path messages =
                messagesWith(
                        "  - tag: \"#testrapporten\"",
                        "  - tag: \"#test-rapporten\"\n  - tag: \"#socialchefsrapporten\"");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "2023.yaml:39:10: error: 'hashtags[0].tag': '#test-rapporten' is not one whole hashtag")
                .contains("2023.yaml:40:10: warning: 'hashtags[1].tag': ")
                .contains("Socialchefsrapporten");
    }

    @Test
    void channelsYamlChangesALimitAndItsMistakesAreLocated() throws IOException {
        String longPost = "ord ".repeat(140).strip();
        Path messages = messagesWith("    - Testa mera.", "    - " + longPost);
        Files.writeString(
                messages.resolve("channels.yaml"), "x:\n  limit: 100\nmastodon:\n  limt: 1000\n");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        messages.resolve("channels.yaml")
                                + ":4:3: error: 'mastodon.limt': unknown key 'limt'; did you mean 'limit'?");

        Files.writeString(messages.resolve("channels.yaml"), "x:\n  limit: 100\n");
        Path out = tmp.resolve("out");
        assertThat(Cli.build(messages, out).status()).isZero();
        assertThat(Files.readString(out.resolve("2023/manifest.json")))
                .contains("\"limit\" : 100")
                .doesNotContain("\"limit\" : 280");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "\"#\"",
                "\"\"",
                "https://example.com/rapport",
                "https://www.example.org/",
                "https://localhost/rapport",
                "https://vision.se/TODO",
                "https://vision.se/…",
                "http://www.vision.se/",
                "/rapport",
                "\"#rapport\""
            })
    void everyPlaceholderFormIsAFindingWithFileAndLine(String url) throws IOException {
        Path messages = messagesWith("    url: https://www.vision.se/", "    url: " + url);

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.out()).isEqualTo(1);
        assertThat(run.out())
                .contains(messages.resolve("2023.yaml") + ":43:10: error: 'links[0].url': ");
    }

    @Test
    void trackingTagsEachNetworksLinksAndValidateStillRecognisesThem() throws IOException {
        Path messages =
                messagesWith("year: 2023", "year: 2023\ntracking:\n  campaign: testrapporten-2023");
        Path out = tmp.resolve("out");

        assertThat(Cli.run("validate", "--messages", messages.toString()).out())
                .isEqualTo("No findings.\n");
        assertThat(Cli.build(messages, out).status()).isZero();

        assertThat(Files.readString(out.resolve("2023/national/x/short-1.txt")))
                .contains(
                        "https://www.vision.se/?utm_source=x&utm_medium=social&utm_campaign=testrapporten-2023");
        assertThat(Files.readString(out.resolve("2023/national/mastodon/short-1.txt")))
                .contains("utm_source=mastodon&utm_medium=social&utm_campaign=testrapporten-2023");
        assertThat(Files.readString(out.resolve("2023/national/release.html")))
                .doesNotContain("utm_");
    }

    @Test
    void jsonOutputIsOneObjectWithFindings() throws IOException {
        Path messages =
                messagesWith("    url: https://www.vision.se/", "    url: http://example.com/TODO");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString(), "--format", "json");

        JsonNode json = JSON.readTree(run.out());
        assertThat(run.status()).isEqualTo(1);
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("file").asText()).endsWith("2023.yaml");
        assertThat(first.get("line").asInt()).isEqualTo(43);
        assertThat(first.get("field").asText()).isEqualTo("links[0].url");
        assertThat(first.get("message").asText()).contains("placeholder");
        assertThat(json.get("errors").asInt()).isPositive();
    }

    @Test
    void jsonOutputAlsoCoversInputThatCannotBeLoaded() throws IOException {
        Path messages = messagesWith("    speaker: Testa", "    speeker: Testa");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString(), "--format", "json");

        assertThat(run.status()).isEqualTo(2);
        assertThat(JSON.readTree(run.out()).get("findings"))
                .anySatisfy(
                        f ->
                                assertThat(f.get("message").asText())
                                        .contains("did you mean 'speaker'"));
    }
}
