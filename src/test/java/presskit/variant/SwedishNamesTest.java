package presskit.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A municipality's name as it calls itself in its own texts ("Falu kommun", "Region Gotland",
 * "Stockholms stad"), checked against the reference list in {@code src/test/resources/geography/}
 * (see its README for the sources of each name).
 */
class SwedishNamesTest {

    private static final Path REFERENCE =
            Path.of("src/test/resources/geography/sweden-municipalities.csv");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Örebro, Örebro kommun",
        "Danderyd, Danderyds kommun",
        "Upplands Väsby, Upplands Väsby kommun",
        "Upplands-Bro, Upplands-Bro kommun",
        "Hultsfred, Hultsfreds kommun",
        "Mora, Mora kommun",
        "Åre, Åre kommun",
        "Degerfors, Degerfors kommun",
        "Arboga, Arboga kommun",
        "Falun, Falu kommun",
        "Gotland, Region Gotland",
        "Stockholm, Stockholms stad",
        "Göteborg, Göteborgs Stad",
        "Malmö, Malmö stad",
        "Kalmar, Kalmar kommun",
    })
    void theNamesAPressOfficerChecksFirst(String name, String official) {
        assertThat(SwedishNames.municipality(name)).isEqualTo(official);
    }

    static Stream<Arguments> reference() {
        try {
            List<String> rows = Files.readAllLines(REFERENCE, StandardCharsets.UTF_8);
            return rows.subList(1, rows.size()).stream().map(row -> row.split(",", -1))
                    .map(cells -> Arguments.of(cells[0], cells[1], cells[4]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("reference")
    void everyMunicipalityIsNamedAsItNamesItself(String code, String name, String official) {
        assertThat(SwedishNames.municipality(name)).as(code).isEqualTo(official);
    }

    @Test
    void theReferenceListHasEveryMunicipality() {
        assertThat(reference()).hasSize(290);
    }
}
