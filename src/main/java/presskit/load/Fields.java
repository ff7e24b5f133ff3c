package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import presskit.source.FieldPath;

/**
 * Typed reads from a schema-checked JSON node. The schema has already guaranteed types, bounds and
 * required fields, so these helpers only supply defaults for optional ones; a value the schema
 * should have refused is a bug, never silently wrapped or rounded.
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

    /** Whether this field is a text rather than an object or a list. */
    boolean textual() {
        return node.isTextual();
    }

    /** This field's own text. */
    String value() {
        return node.asText();
    }

    boolean has(String key) {
        return node.hasNonNull(key);
    }

    String text(String key) {
        return has(key) ? node.get(key).asText() : "";
    }

    int integer(String key) {
        return has(key) ? exactInt(node.get(key), path(key)) : 0;
    }

    /** A number exactly as written: 2.5 stays 2.5, never a binary fraction. */
    BigDecimal decimal(String key) {
        return has(key) ? exactDecimal(node.get(key), path(key)) : BigDecimal.ZERO;
    }

    boolean flag(String key) {
        return has(key) && node.get(key).asBoolean();
    }

    LocalDate date(String key) {
        return has(key)
                ? Moments.date(node.get(key).asText()).orElseThrow(() -> unchecked(path(key)))
                : null;
    }

    OffsetDateTime dateTime(String key) {
        return has(key)
                ? Moments.dateTime(node.get(key).asText()).orElseThrow(() -> unchecked(path(key)))
                : null;
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

    Map<String, BigDecimal> decimalMap(String key) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (has(key)) {
            node.get(key)
                    .fields()
                    .forEachRemaining(
                            e ->
                                    out.put(
                                            e.getKey(),
                                            exactDecimal(
                                                    e.getValue(),
                                                    FieldPath.child(path(key), e.getKey()))));
        }
        return out;
    }

    private static BigDecimal exactDecimal(JsonNode value, String path) {
        if (!value.isNumber()) {
            throw unchecked(path);
        }
        return value.decimalValue();
    }

    private static int exactInt(JsonNode value, String path) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw unchecked(path);
        }
        return value.intValue();
    }

    private static IllegalStateException unchecked(String path) {
        return new IllegalStateException(
                "'" + path + "' reached the binder unchecked; its schema must bound it");
    }
}
