package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * Reads one YAML file safely into a JSON tree and a {@link SourceMap} of where every value stands.
 *
 * <p>Only SnakeYAML's composer runs: no object is ever constructed from the file, so no tag can
 * instantiate a class. Beyond that, every explicit tag outside YAML's core schema is refused, keys
 * must be unique, aliases and size are bounded, and the bytes must be valid UTF-8.
 */
public final class YamlReader {

    /** Far above any real campaign file; stops a runaway file before parsing. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 40;

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

    /** The tree of one file, with its source map. */
    public record Document(JsonNode root, SourceMap sources) {}

    /**
     * Parses {@code bytes} of the file shown to users as {@code file}.
     *
     * @throws DiagnosticException with the file, line and column of the first problem
     */
    public Document read(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw fail(
                    file,
                    1,
                    1,
                    "",
                    "file is " + bytes.length + " bytes; at most " + MAX_BYTES + " are accepted");
        }
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw fail(file, 1, 1, "", "file is empty; expected a YAML mapping of fields");
        }
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw fail(
                    file,
                    mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1,
                    "",
                    describe(problem));
        } catch (YAMLException e) {
            throw fail(file, 1, 1, "", describe(e.getMessage()));
        }
        if (root == null) {
            throw fail(file, 1, 1, "", "file holds no YAML document; expected a mapping of fields");
        }
        SourceMap sources = new SourceMap(file);
        return new Document(convert(file, root, "", sources), sources);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        return options;
    }

    private JsonNode convert(String file, Node node, String path, SourceMap sources) {
        Mark start = node.getStartMark();
        sources.putValue(path, position(start));
        if (!CORE_TAGS.contains(node.getTag())) {
            throw fail(
                    file,
                    start.getLine() + 1,
                    start.getColumn() + 1,
                    path,
                    "tag '"
                            + node.getTag().getValue()
                            + "' is not allowed; write plain YAML values without '!' tags");
        }
        if (node instanceof MappingNode mapping) {
            return object(file, mapping, path, sources);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = json.arrayNode();
            int i = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(file, item, FieldPath.index(path, i++), sources));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private ObjectNode object(String file, MappingNode mapping, String path, SourceMap sources) {
        ObjectNode object = json.objectNode();
        Map<String, Mark> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                Mark m = tuple.getKeyNode().getStartMark();
                throw fail(
                        file,
                        m.getLine() + 1,
                        m.getColumn() + 1,
                        path,
                        "keys must be plain words, not lists or mappings");
            }
            String key = keyNode.getValue();
            String childPath = FieldPath.child(path, key);
            Mark keyMark = keyNode.getStartMark();
            Mark earlier = seen.putIfAbsent(key, keyMark);
            if (earlier != null) {
                throw fail(
                        file,
                        keyMark.getLine() + 1,
                        keyMark.getColumn() + 1,
                        childPath,
                        "duplicate key '"
                                + key
                                + "' (first defined on line "
                                + (earlier.getLine() + 1)
                                + ")");
            }
            sources.putKey(childPath, position(keyMark));
            object.set(key, convert(file, tuple.getValueNode(), childPath, sources));
        }
        return object;
    }

    private JsonNode scalar(ScalarNode node) {
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
            return json.numberNode(new BigInteger(value.replace("_", "")));
        }
        if (Tag.FLOAT.equals(tag) && value.matches("[-+]?[0-9_]*\\.[0-9_]+([eE][-+]?[0-9]+)?")) {
            return json.numberNode(new BigDecimal(value.replace("_", "")));
        }
        // Timestamps, octal-looking codes such as 0180 and everything else stay text exactly as
        // written.
        return json.textNode(value);
    }

    private static String decode(String file, byte[] bytes) {
        int offset =
                bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw fail(
                    file,
                    line,
                    bad - lineStart + 1,
                    "",
                    "the file is not valid UTF-8 (byte 0x"
                            + Integer.toHexString(bytes[bad] & 0xFF)
                            + "); save it as UTF-8");
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw fail(file, 1, 1, "", "the file is not valid UTF-8; save it as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /** Rewrites SnakeYAML's wording where it is unhelpful for people editing YAML by hand. */
    private static String describe(String problem) {
        if (problem == null) {
            return "the YAML cannot be read";
        }
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            return "a tab character is used for indentation; YAML needs spaces";
        }
        if (problem.startsWith("Number of aliases")) {
            return "too many aliases (*name); at most " + MAX_ALIASES + " are accepted";
        }
        if (problem.startsWith("Global tag is not allowed")) {
            return "tag '"
                    + problem.substring(problem.indexOf(':') + 1).trim()
                    + "' is not allowed; write plain YAML values";
        }
        if (problem.contains("exceed the limit")) {
            return "the file is too large or too deeply nested";
        }
        return problem;
    }

    private static SourceMap.Position position(Mark mark) {
        return new SourceMap.Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static DiagnosticException fail(
            String file, int line, int column, String field, String message) {
        return new DiagnosticException(Diagnostic.error(file, line, column, field, message));
    }
}
