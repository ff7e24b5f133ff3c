package presskit.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every number and every text of the campaign files has a bound in its schema, so that a field
 * added later cannot bring back a number that wraps or a text that makes a build take minutes.
 */
class SchemaBoundsTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/presskit/schemas");

    /**
     * Addresses: bounded by the loader's general text bound ({@link TextCheck#MAX_LENGTH}); their
     * form is the link check's to judge.
     */
    private static final Set<String> ADDRESSES = Set.of("url", "website", "press_room");

    @Test
    void everyWholeNumberHasARangeAndEveryTextAGreatestLength() throws IOException {
        List<String> unbounded = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.sorted().toList()) {
                walk(
                        new ObjectMapper().readTree(file.toFile()),
                        file.getFileName() + "#",
                        unbounded);
            }
        }

        assertThat(unbounded).isEmpty();
    }

    @Test
    void everyTextBoundIsBelowTheGeneralOne() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.toList()) {
                assertThat(new ObjectMapper().readTree(file.toFile()).findValues("maxLength"))
                        .allSatisfy(
                                max -> assertThat(max.asInt()).isLessThan(TextCheck.MAX_LENGTH));
            }
        }
    }

    /** A pattern that matches only texts of a few characters: anchored, no open repetition. */
    private static boolean boundedPattern(String pattern) {
        return pattern.startsWith("^")
                && pattern.endsWith("$")
                && !pattern.matches(".*(\\*|\\+|,\\}).*");
    }

    private static void walk(JsonNode node, String where, List<String> unbounded) {
        if (!node.isObject()) {
            return;
        }
        String name = where.substring(Math.max(where.lastIndexOf('/'), where.lastIndexOf('#')) + 1);
        String type = node.path("type").asText();
        boolean text = "string".equals(type) || "#/$defs/text".equals(node.path("$ref").asText());
        if (text
                && !node.has("maxLength")
                && !node.has("format")
                && !node.has("enum")
                && !boundedPattern(node.path("pattern").asText())
                && !ADDRESSES.contains(name)
                // The shared definition; each field that uses it sets its own length.
                && !where.endsWith("/$defs/text")) {
            unbounded.add(where + " (a text without maxLength)");
        }
        if ("integer".equals(type) && !(node.has("minimum") && node.has("maximum"))) {
            unbounded.add(where + " (a number without minimum and maximum)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> child = it.next();
            if (child.getValue().isObject()) {
                walk(child.getValue(), where + "/" + child.getKey(), unbounded);
            }
        }
    }
}
