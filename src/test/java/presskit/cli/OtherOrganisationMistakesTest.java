package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mistakes a communications officer of another organisation makes, each made by changing one
 * line of the invented school-staff union's campaign ({@code fixtures/other-organisation}): {@code
 * validate} stops at the mistake's own file and line and says in words what is wrong and what to
 * write, without JSON-Schema wording or Java names, and without naming the shipped campaign in an
 * example. A Mastodon address is no mistake.
 */
class OtherOrganisationMistakesTest {

    /** Words a person should never have to read: the schema library's and Java's. */
    private static final Pattern NOT_IN_WORDS =
            Pattern.compile(
                    "must have a|maximum value|minimum value|/figures/\\d|\\$\\.|java\\.|org\\.yaml|com\\.networknt");

    @TempDir Path tmp;

    /**
     * One line of {@code file} changed to {@code replacement}: {@code validate} ends with {@code
     * status} and, unless it is 0, an error holding each of {@code words} at that line, or {@code
     * shift} lines from it when the error belongs to a neighbouring field.
     */
    record Mistake(
            String name,
            String file,
            String line,
            String replacement,
            int shift,
            int status,
            List<String> words) {

        Mistake(
                String name,
                String file,
                String line,
                String replacement,
                int status,
                List<String> words) {
            this(name, file, line, replacement, 0, status, words);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                new Mistake(
                        "a figure reference with å in a message",
                        "2025.yaml",
                        "      {planering} lärare hinner inte planera sina lektioner på arbetstid."
                                + " Det visar",
                        "      {lämna} lärare hinner inte planera sina lektioner på arbetstid. Det"
                                + " visar",
                        2,
                        List.of(
                                "'messages.key[0]'",
                                "'{lämna}' names no figure",
                                "defined figures: elevhälsa, lärartjänster, planering,"
                                        + " större-klasser")),
                new Mistake(
                        "a figure reference with a capital in a quote",
                        "2025.yaml",
                        "      När {planering} lärare inte hinner planera sina lektioner är det"
                                + " eleverna som förlorar. Huvudmännen",
                        "      När {Planering} lärare inte hinner planera sina lektioner är det"
                                + " eleverna som förlorar. Huvudmännen",
                        2,
                        List.of(
                                "'quotes[0].text'",
                                "'{Planering}' names no figure",
                                "did you mean '{planering}'?",
                                "in lower case")),
                new Mistake(
                        "a figure reference with _ in the local question",
                        "2025.yaml",
                        "  question: \"Hur ska ni ge lärarna tid att planera?\"",
                        "  question: \"Hur ska ni minska {större_klasser}?\"",
                        2,
                        List.of(
                                "'local.question'",
                                "'{större_klasser}' names no figure",
                                "did you mean '{större-klasser}'?",
                                "digits and dashes only")),
                new Mistake(
                        "a figure reference with spaces in the release text",
                        "2025.yaml",
                        "      elevhälsan. I hela landet saknar {lärartjänster} heltidstjänster en"
                                + " behörig lärare.",
                        "      elevhälsan. I hela landet saknar { lärartjänster } heltidstjänster"
                                + " en behörig lärare.",
                        2,
                        List.of(
                                "'release.body[0]'",
                                "'{ lärartjänster }' names no figure",
                                "did you mean '{lärartjänster}'?",
                                "without spaces")),
                new Mistake(
                        "an undefined figure reference in the release's lede",
                        "2025.yaml",
                        "    från Skolfacket. Samtidigt har {större-klasser} av lärarna fått större"
                                + " klasser det senaste året.",
                        "    från Skolfacket. Samtidigt har {mindre-klasser} av lärarna fått"
                                + " större klasser det senaste året.",
                        2,
                        List.of("'release.lede'", "'{mindre-klasser}' names no figure")),
                new Mistake(
                        "value 70 with unit av tio",
                        "2025.yaml",
                        "    value: 7",
                        "    value: 70",
                        2,
                        List.of(
                                "'figures[0].value'",
                                "70 cannot be said 'av tio'",
                                "a whole number from 0 to 10",
                                "unit: procent")),
                new Mistake(
                        "a count with unit procent",
                        "2025.yaml",
                        "    unit: antal",
                        "    unit: procent",
                        // At the value, the line before, which the unit cannot say.
                        -1,
                        2,
                        List.of(
                                "'figures[3].value'",
                                "12400 is not a percentage",
                                "write 0 to 100",
                                "'unit: antal' for a count")),
                new Mistake(
                        "an unknown region code in figures[].regions",
                        "2025.yaml",
                        "      \"25\": 6",
                        "      \"26\": 6",
                        2,
                        List.of(
                                "'figures[0].regions.26'",
                                "no region has the code '26'",
                                "the codes are 01, 03, 04, 05, 06, 07, 08, 09, 10, 12, 13, 14, 17,"
                                        + " 18, 19, 20, 21, 22, 23, 24, 25")),
                new Mistake(
                        "an embargo with summer time's offset in March",
                        "2025.yaml",
                        "  embargo: 2025-03-12T06:00:00+01:00",
                        "  embargo: 2025-03-12T06:00:00+02:00",
                        2,
                        List.of(
                                "'report.embargo'",
                                "the offset +02:00 is not Sweden's on that day (+01:00, normal"
                                        + " time)",
                                "this means 05:00 Swedish time",
                                "write 2025-03-12T06:00:00+01:00")),
                new Mistake(
                        "a plan time with summer time's offset in March",
                        "2025.yaml",
                        "  - {at: \"2025-03-12T12:00:00+01:00\", channel: x, post: key-2}",
                        "  - {at: \"2025-03-12T12:00:00+02:00\", channel: x, post: key-2}",
                        2,
                        List.of("'plan[5].at'", "this means 11:00 Swedish time")),
                new Mistake(
                        "a colon in unquoted text",
                        "2025.yaml",
                        "  subtitle: Tid för eleverna",
                        "  subtitle: Skolan: tid för eleverna",
                        2,
                        List.of(
                                "a colon followed by a space inside unquoted text",
                                "put the whole value in double quotes",
                                "subtitle: \"Skolan: tid för eleverna\"")),
                new Mistake(
                        "an unquoted # in a hashtag",
                        "2025.yaml",
                        "  - tag: \"#lärare\"",
                        "  - tag: #lärare",
                        2,
                        List.of(
                                "'tag' is empty",
                                "a value that begins with # is a comment",
                                "put the value in double quotes",
                                "tag: \"#lärare\"")),
                new Mistake(
                        "an unquoted # as a link's address",
                        "2025.yaml",
                        "    url: https://mastodon.nu/@skolfacket",
                        "    url: #",
                        2,
                        List.of(
                                "'url' is empty",
                                "a value that begins with # is a comment",
                                "url: \"#\"")),
                new Mistake(
                        "an unclosed quote",
                        "2025.yaml",
                        "  question: \"Hur ska ni ge lärarna tid att planera?\"",
                        "  question: \"Hur ska ni ge lärarna tid att planera?",
                        2,
                        List.of("the quote \" that opens this value is not closed on its line")),
                new Mistake(
                        "a Mastodon address on an instance whose name begins with todo",
                        "2025.yaml",
                        "    url: https://mastodon.nu/@skolfacket",
                        "    url: https://todon.nu/@skolfacket",
                        0,
                        List.of()),
                new Mistake(
                        "an X handle without @",
                        "branches/1480.yaml",
                        "      x: \"@SofiaAkesson\"",
                        "      x: \"SofiaAkesson\"",
                        2,
                        List.of(
                                "'politicians[2].handles.x'",
                                "'SofiaAkesson' is not a valid handle on x",
                                "expected '@' followed by 1 to 15 letters")),
                new Mistake(
                        "a Mastodon handle without its server",
                        "branches/1480.yaml",
                        "      mastodon: \"@sofia@goteborg.social\"",
                        "      mastodon: \"@sofia\"",
                        2,
                        List.of(
                                "'politicians[2].handles.mastodon'",
                                "'@sofia' is not a valid handle on mastodon",
                                "'@user@domain'")),
                new Mistake(
                        "a Bluesky handle without its domain",
                        "branches/0680.yaml",
                        "      bluesky: \"@karljohansson.bsky.social\"",
                        "      bluesky: \"@karljohansson\"",
                        2,
                        List.of(
                                "'politicians[0].handles.bluesky'",
                                "'@karljohansson' is not a valid handle on bluesky",
                                "domain-style handle")),
                new Mistake(
                        "a branch file whose code is not its name",
                        "branches/2480.yaml",
                        "municipality: \"2480\"",
                        "municipality: \"2481\"",
                        2,
                        List.of(
                                "'municipality'",
                                "the file for municipality 2481 must be named 2481.yaml")),
                new Mistake(
                        "an unknown politician's role",
                        "branches/1480.yaml",
                        "    role: ordförande",
                        "    role: ordf.",
                        2,
                        List.of("'politicians[2].role'", "'ordf.'", "'ordförande'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeStopsValidateAtItsLineInWords(Mistake mistake) throws IOException {
        Path messages = OtherOrganisationTest.copy(OtherOrganisationTest.FIXTURE, tmp.resolve("m"));
        Path file = messages.resolve(mistake.file());
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).as(mistake.file()).containsOnlyOnce(mistake.line());
        int at = lines.indexOf(mistake.line()) + 1;
        lines.set(at - 1, mistake.replacement());
        Files.write(file, lines);

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(mistake.status());
        assertThat(OtherOrganisationTest.CAMPAIGN.matcher(run.all()).find())
                .as("names the shipped campaign: %s", run.all())
                .isFalse();
        assertThat(run.all()).doesNotContainPattern(NOT_IN_WORDS);
        if (mistake.status() == 0) {
            assertThat(run.out()).isEqualTo("No findings.\n");
            assertThat(run.err()).isEmpty();
            return;
        }
        String place = file + ":" + (at + mistake.shift()) + ":";
        assertThat(run.err().lines().filter(l -> l.startsWith(place)))
                .as(run.err())
                .singleElement()
                .satisfies(
                        error -> {
                            assertThat(error).contains(": error: ");
                            for (String word : mistake.words()) {
                                assertThat(error).contains(word);
                            }
                        });
        // A wrong placeholder is reported once, at its YAML line, not once per output.
        if (mistake.words().stream().anyMatch(w -> w.contains("names no figure"))) {
            String placeholder =
                    mistake.replacement()
                            .substring(
                                    mistake.replacement().indexOf('{'),
                                    mistake.replacement().indexOf('}') + 1);
            assertThat(run.all().lines().filter(l -> l.contains(placeholder))).hasSize(1);
        }
    }

    /** A place the geography does not know is answered with an example that is no campaign's. */
    @Test
    void anUnknownPlaceOnTheCommandLineIsAnsweredWithoutTheShippedCampaign() throws IOException {
        Path messages = OtherOrganisationTest.copy(OtherOrganisationTest.FIXTURE, tmp.resolve("m"));
        for (String[] option : new String[][] {{"--region", "99"}, {"--municipality", "9999"}}) {
            Cli.Run run =
                    Cli.run("validate", "--messages", messages.toString(), option[0], option[1]);

            assertThat(run.status()).as(run.all()).isEqualTo(2);
            assertThat(run.err()).contains("'" + option[0] + "': no ").contains("e.g.");
            assertThat(OtherOrganisationTest.CAMPAIGN.matcher(run.all()).find())
                    .as(run.all())
                    .isFalse();
        }
    }
}
