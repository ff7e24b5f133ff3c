package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import presskit.source.FieldPath;

/**
 * Typed reads from a schema-checked JSON node. The schema has already guaranteed types and required
 * fields, so these helpers only supply defaults for optional ones.
 */
final class Fields {

    private final JsonNode node;
    private final String path;

    Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return FieldPath.child(path, key);
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    String text(String key) {
        return has(key) ? node.get(key).asText() : "";
    }

    int integer(String key) {
        return has(key) ? node.get(key).asInt() : 0;
    }

    boolean flag(String key) {
        return has(key) && node.get(key).asBoolean();
    }

    LocalDate date(String key) {
        return has(key) ? LocalDate.parse(node.get(key).asText()) : null;
    }

    OffsetDateTime dateTime(String key) {
        return has(key) ? OffsetDateTime.parse(node.get(key).asText()) : null;
    }

    Fields object(String key) {
        return new Fields(has(key) ? node.get(key) : NullNode.instance, path(key));
    }

    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        if (has(key)) {
            node.get(key).forEach(item -> out.add(item.asText()));
        }
        return out;
    }

    <T> List<T> list(String key, BiFunction<Fields, Integer, T> item) {
        List<T> out = new ArrayList<>();
        if (has(key)) {
            int i = 0;
            for (JsonNode element : node.get(key)) {
                out.add(item.apply(new Fields(element, FieldPath.index(path(key), i)), i));
                i++;
            }
        }
        return out;
    }

    Map<String, String> textMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (has(key)) {
            node.get(key)
                    .fields()
                    .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    Map<String, Integer> intMap(String key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (has(key)) {
            node.get(key).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        }
        return out;
    }
}
