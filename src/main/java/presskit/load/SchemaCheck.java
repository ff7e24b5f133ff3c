package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import presskit.diagnostic.Diagnostic;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * Checks a YAML document against the JSON Schema its editors use, and words each violation for the
 * person who wrote the YAML: the field path, where it stands, what was expected, and "did you mean"
 * for a typo.
 *
 * <p>The {@code date} and {@code date-time} formats are presskit's own ({@link Moments}), so what
 * the check accepts is what the binder reads. A value breaking several of its field's rules (too
 * long and not matching the pattern, say) gets one message, the most basic. Values are quoted
 * shortened, with control characters written as {@code U+XXXX}.
 */
public final class SchemaCheck {

    private static final String BASE = "https://presskit.invalid/schemas/";
    private static final String RESOURCES = "presskit/schemas/";

    /** The rules about one value, most basic first: only the first broken one is reported. */
    private static final List<String> VALUE_RULES =
            List.of(
                    "type",
                    "maxLength",
                    "minLength",
                    "format",
                    "pattern",
                    "enum",
                    "minimum",
                    "maximum");

    private static final JsonMetaSchema META_SCHEMA =
            JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .format(format("date", text -> Moments.date(text).isPresent()))
                    .format(format("date-time", text -> Moments.dateTime(text).isPresent()))
                    .build();

    private final JsonSchemaFactory factory =
            JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V202012,
                    builder ->
                            builder.metaSchema(META_SCHEMA)
                                    .schemaMappers(
                                            m -> m.mapPrefix(BASE, "classpath:" + RESOURCES)));
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ROOT)
                    .build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> rawSchemas = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    /** Validates {@code document} against {@code schemaName} (e.g. {@code year.schema.json}). */
    public List<Diagnostic> check(YamlReader.Document document, String schemaName) {
        JsonSchema schema =
                schemas.computeIfAbsent(
                        schemaName,
                        name -> factory.getSchema(SchemaLocation.of(BASE + name), config));
        List<Diagnostic> out = new ArrayList<>();
        Map<String, ValidationMessage> firstRuleBroken = new LinkedHashMap<>();
        for (ValidationMessage message : schema.validate(document.root())) {
            int rule = VALUE_RULES.indexOf(message.getType());
            if (rule < 0) {
                out.add(describe(message, document.sources()));
                continue;
            }
            firstRuleBroken.merge(
                    path(message.getInstanceLocation()),
                    message,
                    (a, b) -> VALUE_RULES.indexOf(a.getType()) <= rule ? a : b);
        }
        firstRuleBroken.values().forEach(m -> out.add(describe(m, document.sources())));
        return out;
    }

    private static Format format(String name, Predicate<String> valid) {
        return new Format() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean matches(ExecutionContext context, String value) {
                return valid.test(value);
            }
        };
    }

    private Diagnostic describe(ValidationMessage m, SourceMap sources) {
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
                                + where(Characters.visible(path)));
            }
            case "additionalProperties" -> {
                String key = m.getProperty();
                String keyPath = FieldPath.child(path, key);
                SourceMap.Position at = sources.key(keyPath);
                List<String> allowed = allowedKeys(m.getSchemaLocation());
                String hint =
                        Suggestions.closest(key, allowed)
                                .map(s -> "; did you mean '" + s + "'?")
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
                                : "";
                yield "expected " + article(expected) + ", found " + kind(value) + hint;
            }
            case "enum" -> "expected one of: " + enumValues(owner) + ", found " + render(value);
            case "pattern" ->
                    "'"
                            + (value == null ? "" : Characters.quoted(value.asText()))
                            + "' is not valid"
                            + (description.isEmpty() ? "" : ": " + description);
            case "format" -> format(owner, value);
            case "minLength" -> "must not be empty";
            case "maxLength" ->
                    "is "
                            + Grouped.of(Characters.length(value.asText()))
                            + " characters long; at most "
                            + Grouped.of(Long.parseLong(String.valueOf(m.getArguments()[0])))
                            + " are accepted";
            case "minimum", "maximum" -> range(owner, value);
            case "minItems" -> "must list at least " + m.getArguments()[0] + " item(s)";
            default -> stripPath(m.getMessage());
        };
    }

    private static String format(JsonNode owner, JsonNode value) {
        String written = "'" + (value == null ? "" : Characters.quoted(value.asText())) + "'";
        String format = owner != null && owner.has("format") ? owner.get("format").asText() : "";
        return switch (format) {
            case "date" ->
                    written
                            + " is not a valid date; write the day as YYYY-MM-DD, in 2000–2099, e.g. "
                            + Moments.DATE_FORM;
            case "date-time" ->
                    written
                            + " is not a valid date and time; write it as "
                            + Moments.DATE_TIME_FORM
                            + ": the day (2000–2099), a capital T, the time to the second"
                            + " (00–59) and the offset from UTC (Z or +02:00)";
            default -> written + " is not a valid " + format;
        };
    }

    /** "must be a whole number from 1 to 10 000 000; found 4294967456". */
    private static String range(JsonNode owner, JsonNode value) {
        boolean min = owner != null && owner.has("minimum");
        boolean max = owner != null && owner.has("maximum");
        String bounds =
                min && max
                        ? "from "
                                + Grouped.of(owner.get("minimum").asLong())
                                + " to "
                                + Grouped.of(owner.get("maximum").asLong())
                        : max
                                ? "of at most " + Grouped.of(owner.get("maximum").asLong())
                                : "of at least " + Grouped.of(owner.get("minimum").asLong());
        return "must be a whole number " + bounds + "; found " + number(value);
    }

    /** A number as written, or how many digits it has when that is too many to read. */
    private static String number(JsonNode value) {
        String text = value == null ? "" : value.asText();
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() > 20 && value.isIntegralNumber()
                ? "a number of " + Grouped.of(digits.length()) + " digits"
                : text;
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
                SchemaCheck.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
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

    private static String path(JsonNodePath instance) {
        List<Object> segments = new ArrayList<>();
        for (int i = 0; i < instance.getNameCount(); i++) {
            segments.add(instance.getElement(i));
        }
        return FieldPath.of(segments);
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : " in '" + path + "'";
    }

    private static String enumValues(JsonNode owner) {
        if (owner == null || !owner.has("enum")) {
            return "the listed values";
        }
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = owner.get("enum").elements(); it.hasNext(); ) {
            values.add(render(it.next()));
        }
        return String.join(", ", values);
    }

    private static String render(JsonNode value) {
        return value == null
                ? "nothing"
                : value.isTextual()
                        ? "'" + Characters.quoted(value.asText()) + "'"
                        : Characters.quoted(value.toString());
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "nothing (an empty value)";
        }
        if (value.isTextual()) {
            return "text '" + Characters.quoted(value.asText()) + "'";
        }
        if (value.isNumber()) {
            return "the number " + number(value);
        }
        if (value.isBoolean()) {
            return "the boolean " + value.asText();
        }
        return value.isArray() ? "a list" : "a mapping";
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping of fields";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "string" -> "text";
            default -> type;
        };
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }
}
