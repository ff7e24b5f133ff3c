package presskit.load;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import presskit.diagnostic.Diagnostic;

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
    private final SchemaMessages messages = new SchemaMessages(RESOURCES);

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
                out.add(messages.describe(message, document.sources()));
                continue;
            }
            firstRuleBroken.merge(
                    SchemaMessages.path(message.getInstanceLocation()),
                    message,
                    (a, b) -> VALUE_RULES.indexOf(a.getType()) <= rule ? a : b);
        }
        firstRuleBroken.values().forEach(m -> out.add(messages.describe(m, document.sources())));
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
}
