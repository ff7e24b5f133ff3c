package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import presskit.diagnostic.Diagnostic;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * Checks every text of a file, keys included, whatever its field: no character {@link Characters}
 * refuses (control characters, bidirectional overrides, broken surrogates), and no text longer than
 * {@link #MAX_LENGTH}, the bound for a field whose schema sets none.
 */
final class TextCheck {

    /** Longer than any field's own bound; holds fields whose schema has none (addresses). */
    static final int MAX_LENGTH = 10_000;

    private TextCheck() {}

    /** Control and direction characters in texts and keys. */
    static List<Diagnostic> characters(YamlReader.Document document) {
        List<Diagnostic> found = new ArrayList<>();
        walk(
                document.root(),
                "",
                (path, text, isKey) ->
                        forbidden(text)
                                .ifPresent(
                                        message ->
                                                found.add(
                                                        at(
                                                                document.sources(),
                                                                path,
                                                                isKey,
                                                                isKey
                                                                        ? "in the key, " + message
                                                                        : message))));
        return found;
    }

    /** Texts longer than {@link #MAX_LENGTH}. */
    static List<Diagnostic> lengths(YamlReader.Document document) {
        List<Diagnostic> found = new ArrayList<>();
        walk(
                document.root(),
                "",
                (path, text, isKey) -> {
                    int length = Characters.length(text);
                    if (!isKey && length > MAX_LENGTH) {
                        found.add(
                                at(
                                        document.sources(),
                                        path,
                                        false,
                                        "is "
                                                + Grouped.of(length)
                                                + " characters long; no text in presskit's files"
                                                + " may be longer than "
                                                + Grouped.of(MAX_LENGTH)));
                    }
                });
        return found;
    }

    private static Optional<String> forbidden(String text) {
        OptionalInt index = Characters.firstForbidden(text);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        int codePoint = text.codePointAt(index.getAsInt());
        int position = text.codePointCount(0, index.getAsInt()) + 1;
        return Optional.of(
                "character " + position + " is " + Characters.refusal(codePoint) + "; remove it");
    }

    private interface Visitor {
        void text(String path, String text, boolean isKey);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isTextual()) {
            visitor.text(path, node.textValue(), false);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), FieldPath.index(path, i), visitor);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = FieldPath.child(path, field.getKey());
                visitor.text(child, field.getKey(), true);
                walk(field.getValue(), child, visitor);
            }
        }
    }

    private static Diagnostic at(SourceMap sources, String path, boolean isKey, String message) {
        SourceMap.Position p = isKey ? sources.key(path) : sources.value(path);
        return Diagnostic.error(
                sources.file(), p.line(), p.column(), Characters.visible(path), message);
    }
}
