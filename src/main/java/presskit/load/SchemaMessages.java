package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import presskit.diagnostic.Diagnostic;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * Words one schema violation for the person who wrote the YAML: the field, where it stands and what
 * was expected, using the schema's own property names and bounds.
 */
final class SchemaMessages {

    private static final Pattern SWEDISH_NUMBER =
            Pattern.compile("[0-9]{1,3}([ \u00A0][0-9]{3})*(,[0-9]+)?|[0-9]+,[0-9]+");

    /**
     * Keys an earlier file format had, with what to write instead: a file written for an older
     * presskit then says how to move on, not only that the key is unknown.
     */
    private static final Map<String, String> RETIRED =
            Map.of(
                    "release.quotes",
                    "the release carries the quotes marked 'in_release: true' under 'quotes:',"
                            + " in their order there; delete this list and add 'in_release: true'"
                            + " to each quote its speaker has approved for the release");

    private final String resources;
    private final Map<String, JsonNode> rawSchemas = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    /** Messages for the schemas under {@code resources} on the class path. */
    SchemaMessages(String resources) {
        this.resources = resources;
    }

    Diagnostic describe(ValidationMessage m, SourceMap sources) {
        String path = path(m.getInstanceLocation());
        String file = sources.file();
        switch (m.getType()) {
            case "required" -> {
                SourceMap.Position at = sources.value(path);
                return Diagnostic.error(
                        file,
                        at.line(),
                        at.column(),
                        Characters.visible(FieldPath.child(path, m.getProperty())),
                        "missing required field '"
                                + m.getProperty()
                                + "'"
                                + SchemaWords.where(Characters.visible(path)));
            }
            case "additionalProperties" -> {
                String key = m.getProperty();
                String keyPath = FieldPath.child(path, key);
                SourceMap.Position at = sources.key(keyPath);
                if (RETIRED.containsKey(keyPath)) {
                    return Diagnostic.error(
                            file,
                            at.line(),
                            at.column(),
                            keyPath,
                            "'" + key + "' is no longer read: " + RETIRED.get(keyPath));
                }
                List<String> allowed = allowedKeys(m.getSchemaLocation());
                String hint =
                        movedInto(m.getSchemaLocation(), key)
                                .map(
                                        block ->
                                                "; did you mean '"
                                                        + FieldPath.child(block, key)
                                                        + "'? It belongs inside '"
                                                        + block
                                                        + ":'")
                                .or(
                                        () ->
                                                Suggestions.closest(key, allowed)
                                                        .map(s -> "; did you mean '" + s + "'?"))
                                .orElse(
                                        allowed.isEmpty()
                                                ? ""
                                                : "; expected one of: "
                                                        + String.join(", ", allowed));
                return Diagnostic.error(
                        file,
                        at.line(),
                        at.column(),
                        Characters.visible(keyPath),
                        "unknown key '" + Characters.quoted(key) + "'" + hint);
            }
            case "propertyNames" -> {
                String key = m.getProperty();
                String keyPath = FieldPath.child(path, key);
                SourceMap.Position at = sources.key(keyPath);
                JsonNode owner = schemaNode(parent(m.getSchemaLocation()));
                String description =
                        owner != null && owner.hasNonNull("description")
                                ? ": " + owner.get("description").asText()
                                : "";
                return Diagnostic.error(
                        file,
                        at.line(),
                        at.column(),
                        Characters.visible(keyPath),
                        "key '" + Characters.quoted(key) + "' is not valid" + description);
            }
            default -> {
                SourceMap.Position at = sources.value(path);
                return Diagnostic.error(
                        file, at.line(), at.column(), Characters.visible(path), expectation(m));
            }
        }
    }

    /** A number written as Swedish text prints it, "12 400" or "2,5", where YAML wants 12400. */
    private static boolean swedishNumber(String expected, JsonNode value) {
        return ("number".equals(expected) || "integer".equals(expected))
                && value != null
                && value.isTextual()
                && SWEDISH_NUMBER.matcher(value.asText().strip()).matches();
    }

    private String expectation(ValidationMessage m) {
        JsonNode value = m.getInstanceNode();
        JsonNode owner = schemaNode(parent(m.getSchemaLocation()));
        String description =
                owner != null && owner.hasNonNull("description")
                        ? owner.get("description").asText()
                        : "";
        return switch (m.getType()) {
            case "type" -> {
                String expected =
                        owner != null && owner.has("type")
                                ? owner.get("type").asText()
                                : "another type";
                String hint =
                        "string".equals(expected) && value != null && value.isNumber()
                                ? " (put it in quotes to keep leading zeros: \"0180\")"
                                : swedishNumber(expected, value)
                                        ? " (write it without spaces and with a point for"
                                                + " decimals: 12400, 2.5; presskit says it the"
                                                + " Swedish way, \"12 400\", \"2,5\")"
                                        : "";
                if (owner != null && owner.path("type").isArray()) {
                    // A field written either way, e.g. a key message as text or as {text, short}.
                    List<String> kinds = new ArrayList<>();
                    owner.get("type").forEach(t -> kinds.add(SchemaWords.article(t.asText())));
                    yield "expected "
                            + String.join(" or ", kinds)
                            + ", found "
                            + SchemaWords.kind(value)
                            + (description.isEmpty() ? "" : " (" + description + ")");
                }
                yield "expected "
                        + SchemaWords.article(expected)
                        + ", found "
                        + SchemaWords.kind(value)
                        + hint;
            }
            case "enum" ->
                    "expected one of: "
                            + SchemaWords.enumValues(owner)
                            + ", found "
                            + SchemaWords.render(value)
                            + didYouMean(owner, value);
            case "pattern" ->
                    "'"
                            + (value == null ? "" : Characters.quoted(value.asText()))
                            + "' is not valid"
                            + (description.isEmpty() ? "" : ": " + description);
            case "format" -> SchemaWords.format(owner, value);
            case "minLength" -> "must not be empty";
            case "maxLength" ->
                    "is "
                            + Grouped.of(Characters.length(value.asText()))
                            + " characters long; at most "
                            + Grouped.of(Long.parseLong(String.valueOf(m.getArguments()[0])))
                            + " are accepted";
            case "minimum", "maximum" -> SchemaWords.range(owner, value);
            case "minItems" -> "must list at least " + m.getArguments()[0] + " item(s)";
            default -> SchemaWords.stripPath(m.getMessage());
        };
    }

    /**
     * "; did you mean 'ordförande'?" for a misspelt or abbreviated text the schema lists; nothing
     * otherwise.
     */
    private static String didYouMean(JsonNode owner, JsonNode value) {
        if (value == null || !value.isTextual() || owner == null || !owner.has("enum")) {
            return "";
        }
        List<String> listed = new ArrayList<>();
        owner.get("enum").forEach(v -> listed.add(v.asText()));
        String typed = value.asText();
        return Suggestions.closest(typed, listed)
                .or(() -> Suggestions.expanded(typed, listed))
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("");
    }

    private List<String> allowedKeys(SchemaLocation additionalProperties) {
        JsonNode owner = schemaNode(parent(additionalProperties));
        List<String> keys = new ArrayList<>();
        if (owner != null && owner.has("properties")) {
            owner.get("properties").fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /**
     * The block one level down that has {@code key} among its own keys, such as {@code local} for a
     * top-level {@code question}: a key written one level too high (or left where an older version
     * of the file format had it).
     */
    private Optional<String> movedInto(SchemaLocation additionalProperties, String key) {
        JsonNode owner = schemaNode(parent(additionalProperties));
        if (owner == null || !owner.has("properties")) {
            return Optional.empty();
        }
        var blocks = owner.get("properties").fields();
        while (blocks.hasNext()) {
            var block = blocks.next();
            JsonNode inner = block.getValue().get("properties");
            if (inner != null && inner.has(key)) {
                return Optional.of(block.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * The raw schema JSON at a location, so messages can use its own descriptions and property
     * names.
     */
    private JsonNode schemaNode(SchemaLocation location) {
        if (location == null) {
            return null;
        }
        String iri = location.getAbsoluteIri().toString();
        String name = iri.substring(iri.lastIndexOf('/') + 1);
        JsonNode node = rawSchemas.computeIfAbsent(name, this::readRaw);
        JsonNodePath fragment = location.getFragment();
        for (int i = 0; i < fragment.getNameCount() && node != null; i++) {
            Object element = fragment.getElement(i);
            node =
                    element instanceof Integer index
                            ? node.get(index)
                            : node.get(String.valueOf(element));
        }
        return node;
    }

    private JsonNode readRaw(String name) {
        try (InputStream in =
                SchemaCheck.class.getClassLoader().getResourceAsStream(resources + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from the build");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SchemaLocation parent(SchemaLocation location) {
        JsonNodePath fragment = location.getFragment();
        return fragment.getParent() == null
                ? location
                : new SchemaLocation(location.getAbsoluteIri(), fragment.getParent());
    }

    static String path(JsonNodePath instance) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; i < instance.getNameCount(); i++) {
            segments.add(instance.getElement(i));
        }
        return FieldPath.of(segments);
    }
}
