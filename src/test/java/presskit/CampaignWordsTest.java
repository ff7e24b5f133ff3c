package presskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Any organisation can use presskit with its own YAML: nothing of the shipped campaign may be in
 * the code, its messages, help and comments, or in the built-in templates and page. The reference
 * geography (every municipality, Örebro's among them) and third-party files are not the campaign.
 */
class CampaignWordsTest {

    private static final Pattern CAMPAIGN =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}_])(vision|socialchefsrapport\\p{L}*|socialtjänst\\p{L}*"
                            + "|socialchef\\p{L}*|socialnämnd\\p{L}*|örebro|1880)(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NOT_THE_CAMPAIGN =
            Set.of(
                    "src/main/resources/presskit/geography/sweden.yaml",
                    "src/main/resources/presskit/geography/sweden.tsv",
                    "src/main/resources/presskit/page/twitter-text.min.js",
                    "src/main/resources/presskit/page/twitter-text-LICENSE.txt");

    @Test
    void noWordOfTheShippedCampaignIsInTheCodeOrTheBuiltInTemplates() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/main/resources", "templates")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.toString().replace('\\', '/');
                    if (NOT_THE_CAMPAIGN.contains(name) || name.contains("/fonts/")) {
                        continue;
                    }
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = CAMPAIGN.matcher(lines.get(i));
                        if (m.find()) {
                            found.add(name + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
