package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure's value for a region code that names no region stops the load at its line. */
class RegionCodesTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    @Test
    void anUnknownRegionCodeIsAnErrorListingTheCodes() throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        String source = "    source: Testrapporten 2023\n";
        assertThat(year).contains(source);
        Files.writeString(
                messages.resolve("2023.yaml"),
                year.replaceFirst(
                        source, source + "    regions:\n      \"18\": 6\n      \"99\": 5\n"));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err().lines())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":25:7: error: 'figures[0].regions.99': no region has the code"
                                + " '99'; the codes are 01, 03, 04, 05, 06, 07, 08, 09, 10, 12, 13,"
                                + " 14, 17, 18, 19, 20, 21, 22, 23, 24, 25");
    }
}
