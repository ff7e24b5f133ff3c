package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every editor's schema line in the shipped campaign and the test fixtures names a schema that
 * exists, so editors with YAML support check and complete the files; the schemas themselves live
 * only in the jar's resources.
 */
class SchemaLinesTest {

    private static final Pattern LINE = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");

    @Test
    void everySchemaLineOfTheShippedCampaignAndTheFixturesNamesAnExistingSchema()
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("messages"), Path.of("src/test/resources/fixtures"))) {
            try (Stream<Path> found = Files.walk(folder)) {
                found.filter(f -> f.toString().endsWith(".yaml")).forEach(files::add);
            }
        }
        List<String> checked = new ArrayList<>();

        for (Path file : files) {
            Matcher line = LINE.matcher(Files.readAllLines(file).get(0));
            if (line.matches()) {
                Path schema = file.getParent().resolve(line.group(1)).normalize();
                assertThat(schema)
                        .as("%s points its editor at %s", file, line.group(1))
                        .isRegularFile()
                        .startsWith(Path.of("src/main/resources/presskit/schemas"));
                checked.add(file.toString());
            }
        }

        assertThat(checked)
                .as("the shipped organisation, years and branch file have a schema line")
                .contains(
                        "messages/organisation.yaml",
                        "messages/2023.yaml",
                        "messages/branches/1880.yaml");
    }
}
