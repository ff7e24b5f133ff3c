package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The offline rules of {@code presskit validate} (links, hashtags, embargo), one row per mistake: a
 * line of the minimal fixture changed, and the exact finding the user reads, with its line and
 * column. "-" means the change is not a mistake and the year stays clean.
 */
class ValidationRulesTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '§',
            value = {
                // Links: only real, absolute https addresses.
                "    url: https://www.vision.se/§    url: \"#\""
                        + "§:43:10: error: 'links[0].url': '#' is a placeholder, not an address; "
                        + "fill in the real one",
                "    url: https://www.vision.se/§    url: https://www.vision.se/TODO"
                        + "§:43:10: error: 'links[0].url': 'https://www.vision.se/TODO' is a placeholder,"
                        + " not an address; fill in the real one",
                "    url: https://www.vision.se/§    url: https://www.vision.se/rapport-fixme/"
                        + "§:43:10: error: 'links[0].url': 'https://www.vision.se/rapport-fixme/' is a"
                        + " placeholder, not an address; fill in the real one",
                // Real addresses that hold a placeholder word inside another word are addresses.
                "    url: https://www.vision.se/§    url: https://mastodon.nu/@skolfacket§-",
                "    url: https://www.vision.se/§    url: https://www.todoist.com/§-",
                "    url: https://www.vision.se/§    url: https://example.se/mastodon-todolista§-",
                "    url: https://www.vision.se/§    url: http://www.vision.se/"
                        + "§:43:10: error: 'links[0].url': 'http://www.vision.se/' does not use https; "
                        + "use the https:// address",
                "    url: https://www.vision.se/§    url: https://www.example.com/rapport"
                        + "§:43:10: error: 'links[0].url': 'https://www.example.com/rapport' points at "
                        + "www.example.com, a placeholder host; fill in the real address",
                "    url: https://www.vision.se/§    url: /rapport"
                        + "§:43:10: error: 'links[0].url': '/rapport' is not an absolute address; "
                        + "write it in full, starting with https://",
                // Hashtags: one whole tag on every network.
                "  - tag: \"#testrapporten\"§  - tag: \"#test rapporten\""
                        + "§:39:10: error: 'hashtags[0].tag': '#test rapporten' is not one whole hashtag on X; "
                        + "use letters, digits and _ only, without spaces",
                "  - tag: \"#testrapporten\"§  - tag: \"#test_rapporten_2023\"§-",
                // Embargo: it lifts, in Swedish time, on or before the publication day.
                "  published: 2023-09-18§  published: 2023-09-18\\n  embargo: 2023-09-18T23:30:00Z"
                        + "§:8:12: error: 'report.embargo': the embargo lifts on 2023-09-19, after the "
                        + "publication day 2023-09-18; the embargo must lift on or before it",
                "  published: 2023-09-18§  published: 2023-09-18\\n  embargo: 2023-09-17T22:30:00Z§-",
                "  published: 2023-09-18§  published: 2023-09-18\\n  embargo: 2023-09-18T06:00:00+02:00§-",
            })
    void aMistakeIsReportedAtItsLineInTheUsersWords(String search, String replace, String finding)
            throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        assertThat(year).contains(search);
        Files.writeString(
                messages.resolve("2023.yaml"), year.replace(search, replace.replace("\\n", "\n")));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        if (finding.equals("-")) {
            assertThat(run.status()).as(run.all()).isZero();
            assertThat(run.out()).isEqualTo("No findings.\n");
        } else {
            assertThat(run.status()).as(run.all()).isEqualTo(1);
            assertThat(run.out().lines())
                    .as(run.out())
                    .contains(messages.resolve("2023.yaml") + finding);
        }
    }
}
