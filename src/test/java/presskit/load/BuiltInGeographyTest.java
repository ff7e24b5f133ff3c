package presskit.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import presskit.diagnostic.Diagnostics;
import presskit.model.Municipality;
import presskit.model.Region;
import presskit.model.Sweden;
import presskit.source.BranchCheck;

/**
 * The geography built into the jar ({@code src/main/resources/presskit/geography/sweden.yaml}) is
 * the reference list {@code src/test/resources/geography/sweden-municipalities.csv} (see its README
 * for where each official name comes from), so the two cannot drift apart. After a change to the
 * CSV, {@code mvn test -Dtest=BuiltInGeographyTest -Dgeography.update=true} writes the YAML again.
 */
class BuiltInGeographyTest {

    private static final Path CSV =
            Path.of("src/test/resources/geography/sweden-municipalities.csv");
    private static final Path YAML = Path.of("src/main/resources" + GeographyLoader.RESOURCE);
    private static final Path COMPILED = Path.of("src/main/resources" + GeographyLoader.COMPILED);
    private static final List<String> HEADER =
            List.of(
                    "municipality_code",
                    "municipality",
                    "region_code",
                    "region",
                    "official_name",
                    "source");

    private static List<Municipality> municipalities;
    private static Map<String, String> regions;

    @BeforeAll
    static void readTheCsv() throws IOException {
        List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
        assertThat(List.of(lines.get(0).split(","))).isEqualTo(HEADER);
        municipalities = new ArrayList<>();
        regions = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            // The CSV quotes nothing: no cell holds a comma (sources are separated by ';').
            String[] cells = line.split(",", -1);
            assertThat(cells).as(line).hasSize(HEADER.size());
            municipalities.add(new Municipality(cells[0], cells[1], cells[2], cells[4]));
            String before = regions.putIfAbsent(cells[2], cells[3]);
            assertThat(before).as("one name per region: " + line).isIn(null, cells[3]);
        }
        if (Boolean.getBoolean("geography.update")) {
            Files.writeString(YAML, yaml(), StandardCharsets.UTF_8);
            Files.writeString(COMPILED, compiled(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBuiltInFileIsWhatTheCsvGives() throws IOException {
        assertThat(Files.readString(YAML, StandardCharsets.UTF_8))
                .as("run with -Dgeography.update=true after changing " + CSV)
                .isEqualTo(yaml());
    }

    @Test
    void theCompiledFileIsWhatTheCsvGives() throws IOException {
        assertThat(Files.readString(COMPILED, StandardCharsets.UTF_8))
                .as("run with -Dgeography.update=true after changing " + CSV)
                .isEqualTo(compiled());
    }

    @Test
    void theYamlLoadsAsAUserSFileWithoutProblemsAndIsTheBuiltInGeography() {
        Diagnostics problems = new Diagnostics();
        GeographyLoader.DocumentSource checked =
                (file, schema, found) -> {
                    try {
                        YamlReader.Document doc =
                                new YamlReader().read(file.toString(), Files.readAllBytes(file));
                        found.addAll(new SchemaCheck().check(doc, schema));
                        return Optional.of(doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };

        Sweden fromYaml = new GeographyLoader(checked, BranchCheck.NONE).sweden(YAML, problems);

        assertThat(problems.all()).isEmpty();
        assertThat(fromYaml.regions()).isEqualTo(GeographyLoader.builtIn().regions());
        assertThat(fromYaml.municipalities()).isEqualTo(GeographyLoader.builtIn().municipalities());
    }

    @Test
    void theLoadedGeographyIsTheCsvRowForRow() {
        Sweden sweden = GeographyLoader.builtIn();

        assertThat(sweden.municipalities()).hasSize(290).isEqualTo(municipalities);
        assertThat(sweden.regions())
                .hasSize(21)
                .isEqualTo(
                        regions.entrySet().stream()
                                .map(e -> new Region(e.getKey(), e.getValue()))
                                .toList());
    }

    /** The YAML for the CSV, in the schema of a {@code sweden.yaml} a messages folder may hold. */
    private static String yaml() {
        StringBuilder out =
                new StringBuilder(
                        """
                        # yaml-language-server: $schema=../schemas/sweden.schema.json
                        #
                        # Sweden's 21 regions (län) and 290 municipalities (kommuner) with SCB's codes, and the name each
                        # municipality uses for itself (official_name). Made from the reference list
                        # src/test/resources/geography/sweden-municipalities.csv, which gives a source for every name, by
                        # BuiltInGeographyTest: change the CSV and run it with -Dgeography.update=true, never this file.
                        regions:
                        """);
        regions.forEach(
                (code, name) ->
                        out.append("  - {code: \"")
                                .append(code)
                                .append("\", name: \"")
                                .append(name)
                                .append("\"}\n"));
        out.append("municipalities:\n");
        for (Municipality m : municipalities) {
            out.append("  - {code: \"")
                    .append(m.code())
                    .append("\", name: \"")
                    .append(m.name())
                    .append("\", region: \"")
                    .append(m.regionCode())
                    .append("\", official_name: \"")
                    .append(m.officialName())
                    .append("\"}\n");
        }
        return out.toString();
    }

    /**
     * The same list as the jar reads it at run time: tab-separated, a line a region or
     * municipality.
     */
    private static String compiled() {
        StringBuilder out =
                new StringBuilder(
                        "# Made from src/test/resources/geography/sweden-municipalities.csv by"
                                + " BuiltInGeographyTest (-Dgeography.update=true), as sweden.yaml is.\n");
        regions.forEach(
                (code, name) ->
                        out.append("R\t").append(code).append('\t').append(name).append('\n'));
        for (Municipality m : municipalities) {
            out.append("M\t")
                    .append(m.code())
                    .append('\t')
                    .append(m.name())
                    .append('\t')
                    .append(m.regionCode())
                    .append('\t')
                    .append(m.officialName())
                    .append('\n');
        }
        return out.toString();
    }
}
