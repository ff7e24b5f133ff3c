package presskit.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folder names from Swedish place names: ASCII, lower case, words joined by a hyphen. */
class SlugsTest {

    private static final Path REFERENCE =
            Path.of("src/test/resources/geography/sweden-municipalities.csv");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Örebro län, orebro-lan",
        "Örebro, orebro",
        "Upplands Väsby, upplands-vasby",
        "Upplands-Bro, upplands-bro",
        "Malung-Sälen, malung-salen",
        "Västra Götalands län, vastra-gotalands-lan",
        "Åre, are",
        "Åstorp, astorp",
        "Ängelholm, angelholm",
        "Dals-Ed, dals-ed",
        "Stockholms län, stockholms-lan",
        "Jämtlands län, jamtlands-lan",
        "'  Göteborg  ', goteborg",
        "Övertorneå, overtornea",
    })
    void aPlaceNameBecomesAnAsciiFolderName(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    /**
     * Håbo and Habo share a slug; the code in front of it ("0305-habo", "0643-habo") keeps folders
     * apart.
     */
    @Test
    void everyMunicipalityAndRegionGetsAPlainFolderName() throws IOException {
        List<String> rows = Files.readAllLines(REFERENCE, StandardCharsets.UTF_8);
        Set<String> municipalities = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            municipalities.add(Slugs.of(cells[1]));
            regions.add(Slugs.of(cells[3]));
        }

        assertThat(municipalities).hasSize(289).allMatch(s -> s.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(regions).hasSize(21).allMatch(s -> s.matches("[a-z]+(-[a-z]+)*-lan"));
    }
}
