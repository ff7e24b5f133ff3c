package presskit.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import presskit.model.Municipality;
import presskit.model.Region;
import presskit.model.Sweden;

/**
 * The built-in list of regions and municipalities is SCB's: counts, code structure, well-known
 * codes and the names municipalities use for themselves.
 */
class SwedenTest {

    private final Sweden sweden =
            new CampaignLoader(Path.of("messages")).load(Optional.empty()).campaign().sweden();

    @Test
    void has21RegionsAnd290Municipalities() {
        assertThat(sweden.regions()).hasSize(21);
        assertThat(sweden.municipalities()).hasSize(290);
        assertThat(sweden.municipalities().stream().map(Municipality::code).distinct())
                .hasSize(290);
    }

    @Test
    void everyMunicipalityCodeStartsWithItsRegionsCode() {
        assertThat(sweden.municipalities())
                .allSatisfy(
                        m -> {
                            assertThat(m.code()).matches("[0-9]{4}").startsWith(m.regionCode());
                            assertThat(sweden.region(m.regionCode())).isPresent();
                        });
    }

    @Test
    void wellKnownCodes() {
        Map<String, String> names =
                sweden.municipalities().stream()
                        .collect(Collectors.toMap(Municipality::code, Municipality::name));
        assertThat(names)
                .containsEntry("0180", "Stockholm")
                .containsEntry("1480", "Göteborg")
                .containsEntry("1280", "Malmö")
                .containsEntry("0380", "Uppsala")
                .containsEntry("1880", "Örebro")
                .containsEntry("0980", "Gotland")
                .containsEntry("2480", "Umeå")
                .containsEntry("2584", "Kiruna")
                .containsEntry("0114", "Upplands Väsby")
                .containsEntry("2180", "Gävle")
                .containsEntry("0580", "Linköping")
                .containsEntry("1980", "Västerås");
        assertThat(sweden.regions())
                .extracting(Region::code, Region::name)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("01", "Stockholms län"),
                        org.assertj.core.groups.Tuple.tuple("18", "Örebro län"),
                        org.assertj.core.groups.Tuple.tuple("25", "Norrbottens län"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Örebro, Örebro kommun",
        "Danderyd, Danderyds kommun",
        "Upplands Väsby, Upplands Väsby kommun",
        "Upplands-Bro, Upplands-Bro kommun",
        "Malung-Sälen, Malung-Sälens kommun",
        "Borås, Borås Stad",
        "Degerfors, Degerfors kommun",
        "Falun, Falu kommun",
        "Kalmar, Kalmar kommun",
        "Orust, Orust kommun",
        "Gotland, Region Gotland",
        "Stockholm, Stockholms stad",
        "Göteborg, Göteborgs Stad",
        "Malmö, Malmö stad",
        "Haparanda, Haparanda stad",
    })
    void municipalitiesAreNamedAsTheyNameThemselves(String name, String official) {
        assertThat(sweden.municipalities())
                .filteredOn(m -> m.name().equals(name))
                .singleElement()
                .extracting(Municipality::officialName)
                .isEqualTo(official);
    }

    @Test
    void fourteenMunicipalitiesCallThemselvesStad() {
        assertThat(sweden.municipalities())
                .filteredOn(m -> m.officialName().toLowerCase(Locale.ROOT).endsWith(" stad"))
                .hasSize(14);
    }

    @Test
    void regionsHaveTheirMunicipalityCounts() {
        Map<String, Long> perRegion =
                sweden.municipalities().stream()
                        .collect(
                                Collectors.groupingBy(
                                        Municipality::regionCode, Collectors.counting()));
        assertThat(perRegion)
                .containsEntry("14", 49L)
                .containsEntry("12", 33L)
                .containsEntry("01", 26L)
                .containsEntry("09", 1L);
    }
}
