package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code presskit new-year}: next year's file from the last, carrying what stays (hashtags, links,
 * {@code local:}) and leaving every fact to fill in, with none of the earlier year's left; never
 * written over.
 */
class NewYearCommandTest {

    @TempDir Path tmp;

    @Test
    void theShippedYearGivesANextYearThatLoadsWithItsFactsToFillIn() throws IOException {
        Path messages = shippedMessages();
        String earlier = Files.readString(messages.resolve("2023.yaml"));

        Cli.Run run =
                Cli.run("new-year", "2024", "--from", "2023", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        Path file = messages.resolve("2024.yaml");
        assertThat(run.out()).startsWith("Wrote " + file + " from 2023.yaml: ");
        String text = Files.readString(file);
        assertThat(text)
                .startsWith(earlier.lines().findFirst().orElseThrow() + "\n")
                .contains("\nyear: 2024\n")
                .contains(block(earlier, "hashtags"))
                .contains(block(earlier, "local"))
                .contains("  - id: rekrytering\n    value: 0 ")
                .contains(
                        "  figures: [rekrytering, framtid, rattssakerhet, insatser, forebyggande]\n")
                .contains("\nquotes: []\n");
        // Every link is carried, each marked to be checked again.
        Matcher url = Pattern.compile("\n    url: (\\S+)\n").matcher(earlier);
        int links = 0;
        while (url.find()) {
            assertThat(text).contains(url.group(0));
            links++;
        }
        assertThat(links).isEqualTo(2);
        assertThat(
                        text.split(
                                "# Carried over from 2023.yaml: check it again with presskit links",
                                -1))
                .hasSize(links + 1);
        // None of 2023's facts: its figures' values and words, message texts, quotes, survey.
        assertThat(Pattern.compile("value: (?!0 )").matcher(text).find()).isFalse();
        Matcher claim = Pattern.compile("\n    claim: (.+)\n").matcher(earlier);
        int claims = 0;
        while (claim.find()) {
            assertThat(text).doesNotContain(claim.group(1));
            claims++;
        }
        assertThat(claims).isEqualTo(5);
        assertThat(text)
                .doesNotContain("hälften")
                .doesNotContain("har svårt att rekrytera socialsekreterare")
                .doesNotContain("rättssäkerhet och kvalitet")
                .doesNotContain("Behovet av personal")
                .doesNotContain("helhetsgrepp")
                .doesNotContain("Veronica Magnusson")
                .doesNotContain("webbaserad enkät")
                .doesNotContain("2023-05-15")
                .doesNotContain("158")
                .doesNotContain("published: 2023");

        Cli.Run validate = Cli.run("validate", "--messages", messages.toString(), "--year", "2024");

        assertThat(validate.status()).as(validate.all()).isEqualTo(1);
        assertThat(validate.out())
                .contains(file + ":14:10: error: 'report.title': is still to be filled in: ")
                .contains("'figures[4].claim': is still to be filled in: ")
                .contains("'messages.key[0]': is still to be filled in: ");
    }

    @Test
    void theTrackingCampaignGetsTheNewYearAndThePlanIsCleared() throws IOException {
        Path messages = shippedMessages();
        Files.writeString(
                messages.resolve("2023.yaml"),
                """

                tracking:
                  campaign: rapporten-2023
                plan:
                  - at: 2023-09-18T06:00:00+02:00
                    channel: x
                    post: key-1
                """,
                StandardOpenOption.APPEND);

        Cli.Run run = Cli.run("new-year", "2024", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        String text = Files.readString(messages.resolve("2024.yaml"));
        assertThat(text)
                .contains("\ntracking:\n  campaign: rapporten-2024\n")
                .doesNotContain("campaign: rapporten-2023")
                .doesNotContain("\nplan:")
                .doesNotContain("2023-09-18T06:00");
        assertThat(Cli.run("validate", "--messages", messages.toString()).status()).isEqualTo(1);
    }

    @Test
    void theDefaultIsTheNewestYearBefore() throws IOException {
        Path messages = shippedMessages();

        Cli.Run run = Cli.run("new-year", "2025", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out()).contains(" from 2023.yaml: ");
        assertThat(Files.readString(messages.resolve("2025.yaml"))).contains("\nyear: 2025\n");
    }

    @Test
    void anExistingYearIsNeverWrittenOver() throws IOException {
        Path messages = shippedMessages();
        Path file = messages.resolve("2024.yaml");
        assertThat(Cli.run("new-year", "2024", "--messages", messages.toString()).status())
                .isZero();
        Files.writeString(file, "# edited by hand\n", StandardOpenOption.APPEND);
        String edited = Files.readString(file);
        String shipped = Files.readString(messages.resolve("2023.yaml"));

        Cli.Run again = Cli.run("new-year", "2024", "--messages", messages.toString());
        Cli.Run shippedYear = Cli.run("new-year", "2023", "--messages", messages.toString());

        assertThat(again.status()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
        assertThat(again.err())
                .startsWith(
                        file
                                + ": error: the file of 2024 exists already and is left as it is;"
                                + " edit it, or remove it first to start it again\n");
        assertThat(Files.readString(file)).isEqualTo(edited);
        assertThat(shippedYear.status()).isEqualTo(2);
        assertThat(Files.readString(messages.resolve("2023.yaml"))).isEqualTo(shipped);
    }

    @Test
    void anUnknownYearToStartFromNamesTheYearsThereAre() throws IOException {
        Path messages = shippedMessages();

        Cli.Run run =
                Cli.run("new-year", "2024", "--from", "2019", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        messages.resolve("2019.yaml")
                                + ": error: '--from': there is no year 2019 to start from; the"
                                + " years there are: 2022, 2023\n");
        assertThat(messages.resolve("2024.yaml")).doesNotExist();
    }

    @Test
    void aYearOutsideTheSchemasRangeIsAUsageError() throws IOException {
        Path messages = shippedMessages();

        Cli.Run run = Cli.run("new-year", "224", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        "error: 'YEAR': 224 is no report year presskit takes; write one of"
                                + " 2000–2099\n");
        assertThat(messages.resolve("224.yaml")).doesNotExist();
    }

    /** The top-level field {@code key} of a year file as written, up to the next blank line. */
    private static String block(String yaml, String key) {
        int from = yaml.indexOf("\n" + key + ":") + 1;
        assertThat(from).as(key).isPositive();
        int to = yaml.indexOf("\n\n", from);
        return yaml.substring(from, to < 0 ? yaml.length() : to + 1);
    }

    private Path shippedMessages() throws IOException {
        return Trees.copy(Path.of("messages"), tmp.resolve("messages"));
    }
}
