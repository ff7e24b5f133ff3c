package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** How a schema's rules and a YAML file's values are said in an error message, in words. */
final class SchemaWords {

    private SchemaWords() {}

    static String format(JsonNode owner, JsonNode value) {
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
    static String range(JsonNode owner, JsonNode value) {
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
        boolean whole = owner == null || !"number".equals(owner.path("type").asText());
        return "must be "
                + (whole ? "a whole number " : "a number ")
                + bounds
                + "; found "
                + number(value);
    }

    /** A number as written, or how many digits it has when that is too many to read. */
    static String number(JsonNode value) {
        String text = value == null ? "" : value.asText();
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() > 20 && value.isIntegralNumber()
                ? "a number of " + Grouped.of(digits.length()) + " digits"
                : text;
    }

    static String where(String path) {
        return path.isEmpty() ? "" : " in '" + path + "'";
    }

    static String enumValues(JsonNode owner) {
        if (owner == null || !owner.has("enum")) {
            return "the listed values";
        }
        List<String> values = new ArrayList<>();
        for (Iterator<JsonNode> it = owner.get("enum").elements(); it.hasNext(); ) {
            values.add(render(it.next()));
        }
        return String.join(", ", values);
    }

    static String render(JsonNode value) {
        return value == null
                ? "nothing"
                : value.isTextual()
                        ? "'" + Characters.quoted(value.asText()) + "'"
                        : Characters.quoted(value.toString());
    }

    static String kind(JsonNode value) {
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

    static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping of fields";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "string" -> "text";
            default -> type;
        };
    }

    static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }
}
