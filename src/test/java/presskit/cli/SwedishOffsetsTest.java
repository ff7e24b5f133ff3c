package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An embargo or plan time written with an offset that is not Sweden's at that moment would publish
 * an hour early or late: it stops the load at its line, saying the Swedish time it would mean.
 */
class SwedishOffsetsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '§',
            value = {
                // March: Sweden is on normal time, +01:00; +02:00 is last summer's offset.
                "2024-03-18T06:00:00+02:00§:8:12: error: 'report.embargo': the offset +02:00 is not"
                        + " Sweden's on that day (+01:00, normal time), so this means 05:00 Swedish"
                        + " time; for 06:00 Swedish time write 2024-03-18T06:00:00+01:00, or end the"
                        + " time with Z to mean UTC",
                // September: summer time, +02:00; +01:00 would mean 07:00.
                "2024-09-18T06:00:00+01:00§:8:12: error: 'report.embargo': the offset +01:00 is not"
                        + " Sweden's on that day (+02:00, summer time), so this means 07:00 Swedish"
                        + " time; for 06:00 Swedish time write 2024-09-18T06:00:00+02:00, or end the"
                        + " time with Z to mean UTC",
                "2024-03-18T06:00:00+01:00§-",
                "2024-09-18T06:00:00+02:00§-",
                "2024-09-18T04:00:00Z§-",
            })
    void anEmbargoWithAnotherSeasonsOffsetIsAnErrorSayingTheSwedishTime(
            String embargo, String error) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        String day = embargo.substring(0, 10);
        Files.writeString(
                messages.resolve("2023.yaml"),
                year.replace(
                        "  published: 2023-09-18",
                        "  published: " + day + "\n  embargo: " + embargo));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        if (error.equals("-")) {
            assertThat(run.err()).doesNotContain("offset");
        } else {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().lines()).contains(messages.resolve("2023.yaml") + error);
        }
    }
}
