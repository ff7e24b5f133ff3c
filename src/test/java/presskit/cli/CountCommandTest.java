package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code count --channel x} agrees with the twitter-text conformance suite, read as data from the
 * suite's own unchanged {@code validate.yml}, whether the text comes as an argument or on standard
 * input.
 */
class CountCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> weightedCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in =
                CountCommandTest.class.getResourceAsStream("/twitter-text/validate.yml")) {
            Map<String, Object> suite = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            @SuppressWarnings("unchecked")
            Map<String, List<Map<String, Object>>> tests =
                    (Map<String, List<Map<String, Object>>>) suite.get("tests");
            for (String section :
                    List.of(
                            "WeightedTweetsWithDiscountedEmojiCounterTest",
                            "UnicodeDirectionalMarkerCounterTest")) {
                for (Map<String, Object> c : tests.get(section)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> expected = (Map<String, Object>) c.get("expected");
                    cases.add(
                            Arguments.of(
                                    section + ": " + c.get("description"),
                                    String.valueOf(c.get("text")),
                                    ((Number) expected.get("weightedLength")).intValue(),
                                    (Boolean) expected.get("valid")));
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(10);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weightedCases")
    void agreesWithTwitterTextGivenAsArgument(
            String description, String text, int weightedLength, boolean valid) throws IOException {
        Cli.Run run = Cli.run("count", "--channel", "x", "--format", "json", text);

        assertCount(run, weightedLength, valid);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weightedCases")
    void agreesWithTwitterTextGivenOnStandardInput(
            String description, String text, int weightedLength, boolean valid) throws IOException {
        Cli.Run run = new Cli().stdin(text).execute("count", "--channel", "x", "--format", "json");

        assertCount(run, weightedLength, valid);
    }

    private static void assertCount(Cli.Run run, int weightedLength, boolean valid)
            throws IOException {
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("channel").asText()).isEqualTo("x");
        assertThat(json.get("length").asInt()).isEqualTo(weightedLength);
        assertThat(json.get("limit").asInt()).isEqualTo(280);
        assertThat(json.get("valid").asBoolean()).isEqualTo(weightedLength <= 280);
        assertThat(json.size()).isEqualTo(4);
        assertThat(run.status()).isEqualTo(weightedLength <= 280 ? 0 : 1);
    }

    @Test
    void anArgumentStartingWithAtIsTextNotAnArgumentFile() throws IOException {
        Cli.Run run = Cli.run("count", "--format", "json", "@vision_fack hej");

        assertThat(JSON.readTree(run.out()).get("length").asInt())
                .isEqualTo("@vision_fack hej".length());
        assertThat(run.status()).isZero();
    }

    @Test
    void eachLineCountsEveryLineOfStandardInputOnItsOwn() throws IOException {
        Cli.Run run =
                new Cli()
                        .stdin(
                                "hej\nhttps://vision.se/en/mycket/lang/adress/som/raknas/som/tjugotre\n😀\n")
                        .execute("count", "--each-line", "--format", "json");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(n -> n.get("length").asInt()).containsExactly(3, 23, 2);
        assertThat(lines).allSatisfy(n -> assertThat(n.get("valid").asBoolean()).isTrue());
    }

    @Test
    void standardInputThatIsAFolderIsAnIoFailureInWords(@TempDir Path folder) {
        Cli.Run run = new Cli().stdin(folder).execute("count", "--channel", "x");

        assertThat(run.status()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("presskit: cannot read standard input: is a directory\n");
    }

    @Test
    void textFormatSaysLengthLimitAndNetwork() {
        Cli.Run run = Cli.run("count", "Åtta av tio socialchefer");

        assertThat(run.out()).isEqualTo("24 / 280 (X)\n");
    }

    @Test
    void anUnknownChannelIsAUsageError() {
        Cli.Run run = Cli.run("count", "--channel", "myspace", "hej");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("unknown channel 'myspace'", "x, mastodon, bluesky, linkedin, facebook");
    }

    @Test
    void countsEveryNetworkWithTheSameJsonShape() throws IOException {
        for (String channel : List.of("x", "mastodon", "bluesky", "linkedin", "facebook")) {
            JsonNode json =
                    JSON.readTree(
                            Cli.run("count", "--channel", channel, "--format", "json", "välfärd")
                                    .out());
            assertThat(json.get("channel").asText()).isEqualTo(channel);
            assertThat(json.get("length").asInt()).isEqualTo(7);
        }
    }
}
