package presskit.load;

import static presskit.load.YamlReader.fail;
import static presskit.load.YamlReader.position;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import presskit.diagnostic.DiagnosticException;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * Turns one composed YAML file into a JSON tree, noting where every value and key stands.
 *
 * <p>Only YAML's core tags pass. Numbers are kept exactly as written: a whole number as a whole
 * number of any size, never rounded or wrapped, so the schema's bounds see the real value. An alias
 * inside the value it names is refused at the alias, and aliases may not multiply a file beyond
 * {@link #MAX_VALUES} values.
 */
final class YamlTree {

    /**
     * Values in one file, each alias counted as the copy it makes; a real campaign file has a few
     * thousand, so this only stops aliases that multiply a file into millions of values.
     */
    static final int MAX_VALUES = 100_000;

    /** Digits of a number; beyond this no field's bound can be meant, and parsing would cost. */
    static final int MAX_DIGITS = 1_000;

    private static final Set<Tag> CORE_TAGS =
            Set.of(
                    Tag.MAP,
                    Tag.SEQ,
                    Tag.STR,
                    Tag.INT,
                    Tag.FLOAT,
                    Tag.BOOL,
                    Tag.NULL,
                    Tag.TIMESTAMP);

    private final JsonNodeFactory json = JsonNodeFactory.instance;

    private final String file;
    private final String text;
    private final SourceMap sources;
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int values;

    YamlTree(String file, String text, SourceMap sources) {
        this.file = file;
        this.text = text;
        this.sources = sources;
    }

    JsonNode convert(Node node, String path) {
        Mark start = node.getStartMark();
        if (++values > MAX_VALUES) {
            // The copies an alias makes all carry its anchor's place; the first alias of a list or
            // mapping is where the multiplying starts.
            Mark alias = YamlPlaces.collectionAlias(text, 1);
            Mark at = alias != null ? alias : start;
            throw failAt(
                    at,
                    "",
                    "with its aliases (*name) the file holds more than "
                            + Grouped.of(MAX_VALUES)
                            + " values, each alias counted as the copy it makes; write the values"
                            + " out instead of repeating aliases");
        }
        sources.putValue(path, position(start));
        if (!CORE_TAGS.contains(node.getTag())) {
            throw failAt(
                    start,
                    path,
                    "tag '"
                            + node.getTag().getValue()
                            + "' is not allowed; write plain YAML values without '!' tags");
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, path);
        }
        if (!open.add(node)) {
            throw recursive(node, path);
        }
        try {
            if (node instanceof MappingNode mapping) {
                return object(mapping, path);
            }
            ArrayNode array = json.arrayNode();
            int i = 0;
            for (Node item : ((SequenceNode) node).getValue()) {
                array.add(convert(item, FieldPath.index(path, i++)));
            }
            return array;
        } finally {
            open.remove(node);
        }
    }

    private ObjectNode object(MappingNode mapping, String path) {
        ObjectNode object = json.objectNode();
        Map<String, Mark> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                Mark m = tuple.getKeyNode().getStartMark();
                throw failAt(m, path, "keys must be plain words, not lists or mappings");
            }
            String key = keyNode.getValue();
            String childPath = FieldPath.child(path, key);
            Mark keyMark = keyNode.getStartMark();
            Mark earlier = seen.putIfAbsent(key, keyMark);
            if (earlier != null) {
                throw failAt(
                        keyMark,
                        childPath,
                        "duplicate key '"
                                + Characters.quoted(key)
                                + "' (first defined on line "
                                + (earlier.getLine() + 1)
                                + ")");
            }
            sources.putKey(childPath, position(keyMark));
            object.set(key, convert(tuple.getValueNode(), childPath));
        }
        return object;
    }

    private JsonNode scalar(ScalarNode node, String path) {
        String value = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return json.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            String v = value.toLowerCase(Locale.ROOT);
            return json.booleanNode(v.equals("true") || v.equals("yes") || v.equals("on"));
        }
        if (Tag.INT.equals(tag)
                && value.matches("[-+]?[0-9_]+")
                && !value.matches("[-+]?0[0-9].*")) {
            String digits = value.replace("_", "");
            tooManyDigits(node, path, digits.length());
            return whole(new BigInteger(digits));
        }
        if (Tag.FLOAT.equals(tag) && value.matches("[-+]?[0-9_]*\\.[0-9_]+([eE][-+]?[0-9]+)?")) {
            String written = value.replace("_", "");
            tooManyDigits(node, path, written.length());
            BigDecimal number;
            try {
                number = new BigDecimal(written);
            } catch (NumberFormatException e) {
                // Only an exponent beyond an int gets here.
                throw digits(node, path);
            }
            if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
                // A fraction stays exact, for the schema to refuse where a whole number is due.
                return json.numberNode(number);
            }
            BigDecimal whole = number.stripTrailingZeros();
            tooManyDigits(node, path, whole.precision() - whole.scale());
            return whole(whole.toBigIntegerExact());
        }
        // Timestamps, octal-looking codes such as 0180 and everything else stay text exactly
        // as written.
        sources.putText(path, value);
        return json.textNode(value);
    }

    private JsonNode whole(BigInteger number) {
        return number.bitLength() < Long.SIZE
                ? json.numberNode(number.longValue())
                : json.numberNode(number);
    }

    private void tooManyDigits(ScalarNode node, String path, long digits) {
        if (digits > MAX_DIGITS) {
            throw digits(node, path);
        }
    }

    private DiagnosticException digits(ScalarNode node, String path) {
        Mark m = node.getStartMark();
        return failAt(
                m,
                path,
                "'"
                        + Characters.quoted(node.getValue())
                        + "' is a number of more than "
                        + Grouped.of(MAX_DIGITS)
                        + " digits; no field takes one, write the number itself, e.g. 158");
    }

    /**
     * An alias inside the very collection it names would make an endless value; the error points at
     * the alias, found among the file's events inside that collection.
     */
    private DiagnosticException recursive(Node node, String path) {
        String anchor = String.valueOf(node.getAnchor());
        int from = node.getStartMark().getIndex();
        int to = node.getEndMark().getIndex();
        Mark alias = YamlPlaces.aliasWithin(text, anchor, from, to);
        // Should the walk not find it, the anchor's own place will do.
        Mark at = alias != null ? alias : node.getStartMark();
        return failAt(
                at,
                path,
                "the alias *"
                        + Characters.quoted(anchor)
                        + " stands inside the value it names, which would repeat without end;"
                        + " write the value out instead");
    }

    /** A located error at {@code mark} in this file. */
    private DiagnosticException failAt(Mark mark, String path, String message) {
        return fail(file, mark.getLine() + 1, mark.getColumn() + 1, path, message);
    }
}
