package presskit.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import presskit.load.CampaignLoader;
import presskit.model.Campaign;

/**
 * Which editions a selection gives, and which figures each edition says: the region's own where the
 * report has one, otherwise the national one, said to be national.
 */
class EditionsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    private static Campaign campaign;

    /** The minimal fixture (invented figures) with a regional value for Örebro län only. */
    @BeforeAll
    static void load(@TempDir Path messages) throws IOException {
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        assertThat(year).contains("    source: Testrapporten 2023\n");
        String withRegion =
                year.replace(
                        "    source: Testrapporten 2023\n",
                        "    source: Testrapporten 2023\n    regions:\n      \"18\": 6\n");
        Files.writeString(messages.resolve("2023.yaml"), withRegion);
        campaign = new CampaignLoader(messages).load(Optional.of(2023)).campaign();
    }

    private static List<String> codes(
            boolean national,
            boolean regions,
            boolean municipalities,
            String region,
            String municipality) {
        Editions.Selection selection =
                new Editions.Selection(national, regions, municipalities, region, municipality);
        return Editions.of(campaign, selection).stream().map(e -> e.variant().code()).toList();
    }

    @Test
    void everythingIsNationalFirstThenTheRegionsThenTheMunicipalitiesByCode() {
        List<String> codes = codes(true, true, true, null, null);

        assertThat(codes).hasSize(1 + 21 + 290).startsWith("national", "01", "03", "04");
        assertThat(codes.subList(1, 22)).allMatch(c -> c.matches("\\d{2}")).isSorted();
        assertThat(codes.subList(22, codes.size()))
                .allMatch(c -> c.matches("\\d{4}"))
                .isSorted()
                .startsWith("0114", "0115");
    }

    @ParameterizedTest(name = "national {0}, regions {1}, municipalities {2}, in {3}, only {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "true |false|false|-  |-   |national",
                "false|true |false|18 |-   |18",
                "false|false|true |-  |1880|1880",
                "true |false|true |-  |1880|national,1880",
                "false|true |true |18 |-   |18,1814,1860,1861,1862,1863,1864,1880,1881,1882,1883,1884,1885",
                "false|false|true |09 |-   |0980",
                "false|false|true |18 |0180|''",
                "false|false|false|-  |-   |''",
            })
    void aSelectionGivesTheseEditions(
            boolean national,
            boolean regions,
            boolean municipalities,
            String region,
            String municipality,
            String expected) {
        List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.split(","));

        assertThat(codes(national, regions, municipalities, region, municipality))
                .containsExactlyElementsOf(wanted);
    }

    private static Edition only(String region, String municipality) {
        boolean isMunicipality = municipality != null;
        Editions.Selection selection =
                new Editions.Selection(
                        false, !isMunicipality, isMunicipality, region, municipality);
        List<Edition> editions = Editions.of(campaign, selection);
        assertThat(editions).hasSize(1);
        return editions.get(0);
    }

    @ParameterizedTest(name = "{0}/{1}: {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "18|-   |Sex av tio testpersoner i Örebro län tycker om tester.|true",
                "- |1880|Sex av tio testpersoner i Örebro län tycker om tester.|true",
                "- |1814|Sex av tio testpersoner i Örebro län tycker om tester.|true",
                "01|-   |Sju av tio testpersoner i hela landet tycker om tester.|false",
                "- |0180|Sju av tio testpersoner i hela landet tycker om tester.|false",
                "09|-   |Sju av tio testpersoner i hela landet tycker om tester.|false",
            })
    void aRegionsOwnFigureOrTheNationalOneSaidToBeNational(
            String region, String municipality, String sentence, boolean regional) {
        Edition edition = only(region, municipality);

        assertThat(edition.figure("andel"))
                .hasValueSatisfying(
                        f -> {
                            assertThat(f.sentenceWithPlace()).isEqualTo(sentence);
                            assertThat(f.regional()).isEqualTo(regional);
                        });
        assertThat(edition.hasRegionalFigures()).isEqualTo(regional);
    }

    @Test
    void theNationalEditionSaysItsFiguresWithoutAPlace() {
        Editions.Selection selection = new Editions.Selection(true, false, false, null, null);
        Edition national = Editions.of(campaign, selection).get(0);

        assertThat(national.figure("andel"))
                .hasValueSatisfying(
                        f -> {
                            assertThat(f.sentence())
                                    .isEqualTo("Sju av tio testpersoner tycker om tester.");
                            assertThat(f.regional()).isFalse();
                        });
        assertThat(national.year().keyMessages().get(0).text())
                .isEqualTo("Sju av tio testpersoner tycker om tester.");
        assertThat(national.variant().folder()).isEqualTo("national");
    }

    @ParameterizedTest(name = "{0}/{1} → {2}, {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "18|-   |regions/18-orebro-lan|Örebro län",
                "14|-   |regions/14-vastra-gotalands-lan|Västra Götalands län",
                "- |1880|municipalities/1880-orebro|Örebro kommun",
                "- |0114|municipalities/0114-upplands-vasby|Upplands Väsby kommun",
                "- |2080|municipalities/2080-falun|Falu kommun",
                "- |0980|municipalities/0980-gotland|Region Gotland",
                "- |1480|municipalities/1480-goteborg|Göteborgs Stad",
            })
    void eachEditionHasItsFolderAndName(
            String region, String municipality, String folder, String name) {
        Variant variant = only(region, municipality).variant();

        assertThat(variant.folder()).isEqualTo(folder);
        assertThat(variant.fullName()).isEqualTo(name);
    }
}
