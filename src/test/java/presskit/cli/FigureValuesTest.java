package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure's value that its unit cannot say ("Tio av tio" for 70 av tio) stops the load at its
 * line, in words naming the unit's range; a count is said with its thousands kept together. The
 * fixture's figures are invented.
 */
class FigureValuesTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final String FIGURE = "    value: 7\n    unit: av tio\n";

    @TempDir Path tmp;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '§',
            value = {
                "70§av tio§:18:12: error: 'figures[0].value': 70 cannot be said 'av tio': write a"
                        + " whole number from 0 to 10 ('8' is said 'åtta av tio'), or use 'unit:"
                        + " procent' for a percentage",
                "7.5§av tio§:18:12: error: 'figures[0].value': 7.5 cannot be said 'av tio': write a"
                        + " whole number from 0 to 10 ('8' is said 'åtta av tio'), or use 'unit:"
                        + " procent' for a percentage",
                "140§procent§:18:12: error: 'figures[0].value': 140 is not a percentage: write 0 to"
                        + " 100 (decimals with a point, 2.5), or use 'unit: antal' for a count",
                "12400.5§antal§:18:12: error: 'figures[0].value': 12400.5 is not a count: write a"
                        + " whole number from 0 to 1000000000, without spaces (12400 is said '12"
                        + " 400')",
                // Written as Swedish text prints it: YAML reads text, and the hint says how.
                "12 400§antal§:18:12: error: 'figures[0].value': expected number, found text"
                        + " '12 400' (write it without spaces and with a point for decimals: 12400,"
                        + " 2.5; presskit says it the Swedish way, \"12 400\", \"2,5\")",
                "2,5§procent§:18:12: error: 'figures[0].value': expected number, found text"
                        + " '2,5' (write it without spaces and with a point for decimals: 12400,"
                        + " 2.5; presskit says it the Swedish way, \"12 400\", \"2,5\")",
            })
    void aValueOutsideItsUnitIsAnErrorAtItsLine(String value, String unit, String error)
            throws IOException {
        Path messages = campaign(year -> year.replace(FIGURE, figure(value, unit)));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err().lines()).contains(messages.resolve("2023.yaml") + error);
        assertThat(run.all()).doesNotContain("Exception");
    }

    @Test
    void aRegionsValueOutsideTheUnitIsAnErrorAtItsLine() throws IOException {
        Path messages =
                campaign(
                        year ->
                                year.replace(
                                        FIGURE,
                                        FIGURE
                                                + "    regions:\n      \"18\": 6\n      \"03\": 11\n"));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err().lines())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":22:13: error: 'figures[0].regions.03': 11 cannot be said 'av"
                                + " tio': write a whole number from 0 to 10 ('8' is said 'åtta av"
                                + " tio'), or use 'unit: procent' for a percentage");
    }

    @Test
    void aCountIsSaidWithItsThousandsKeptTogether() throws IOException {
        Path messages =
                campaign(
                        year ->
                                year.replace(FIGURE, figure("12400", "antal"))
                                        .replace("who: testpersoner", "who: heltidstjänster")
                                        .replace("claim: tycker om tester", "claim: saknas")
                                        .replace(
                                                "lede: \"{andel} testpersoner tycker om tester.\"",
                                                "lede: \"Det saknas {andel} heltidstjänster.\""));
        // The fixture's own small geography, so that no municipality needs a local: block.
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.run("build", "--messages", messages.toString(), "--out", out.toString());

        assertThat(run.status()).as(run.all()).isZero();
        String release = Files.readString(out.resolve("2023/national/release.md"));
        assertThat(release).contains("Det saknas 12\u00A0400 heltidstjänster.");
        assertThat(Files.readString(out.resolve("2023/national/sheet.md")))
                .contains(
                        "- Totalt saknas 12\u00A0400 heltidstjänster. (Källa: Testrapporten 2023)");
    }

    private static String figure(String value, String unit) {
        return "    value: " + value + "\n    unit: " + unit + "\n";
    }

    private Path campaign(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        assertThat(year).contains(FIGURE);
        Files.writeString(messages.resolve("2023.yaml"), edit.apply(year));
        return messages;
    }
}
