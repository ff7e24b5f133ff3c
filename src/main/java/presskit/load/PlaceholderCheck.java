package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import presskit.diagnostic.Diagnostic;
import presskit.model.CampaignYear;
import presskit.model.Figure;
import presskit.model.Placeholder;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * Every {@code {…}} in every text of the year file names a defined figure, in a field where figures
 * are filled in; anything else would be published as written. Each mistake is reported once, at the
 * line of the field that holds it.
 */
final class PlaceholderCheck {

    /** The fields whose placeholders are filled with the figure's words. */
    private static final Pattern FILLED =
            Pattern.compile(
                    "release\\.lede|release\\.body\\[\\d+\\]|messages\\.(key|short)\\[\\d+\\]"
                            + "(\\.text)?|quotes\\[\\d+\\]\\.text|call_to_action|local\\.question");

    private static final String FILLED_FIELDS =
            "release.lede, release.body, messages, quotes[].text, call_to_action and"
                    + " local.question";

    private PlaceholderCheck() {}

    static List<Diagnostic> check(JsonNode root, CampaignYear year, SourceMap sources) {
        Set<String> figures = year.figures().stream().map(Figure::id).collect(Collectors.toSet());
        List<Diagnostic> found = new ArrayList<>();
        walk(root, "", (path, text) -> field(path, text, figures, sources, found));
        return found;
    }

    private static void field(
            String path,
            String text,
            Set<String> figures,
            SourceMap sources,
            List<Diagnostic> found) {
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = Placeholder.IN_TEXT.matcher(text);
        while (m.find()) {
            if (!seen.add(m.group())) {
                continue;
            }
            String inside = m.group(1);
            String message;
            if (!figures.contains(inside)) {
                message = "'" + m.group() + "' names no figure" + hint(inside, figures);
            } else if (!FILLED.matcher(path).matches()) {
                message =
                        "'"
                                + m.group()
                                + "' is not filled in here: figures are said only in "
                                + FILLED_FIELDS
                                + "; write the figure out in words";
            } else {
                continue;
            }
            SourceMap.Position p = sources.value(path);
            found.add(Diagnostic.error(sources.file(), p.line(), p.column(), path, message));
        }
    }

    /** What the person probably meant, and how ids are written. */
    private static String hint(String inside, Set<String> figures) {
        String defined =
                figures.isEmpty()
                        ? "; the year defines no figures"
                        : "; defined figures: "
                                + String.join(", ", figures.stream().sorted().toList());
        String tidy = inside.strip().toLowerCase(Locale.ROOT);
        if (figures.contains(tidy)) {
            return "; did you mean '{"
                    + tidy
                    + "}'? Write the id exactly, in lower case and without"
                    + " spaces";
        }
        String rule =
                Placeholder.FIGURE_ID.matcher(inside).matches()
                        ? ""
                        : "a figure id has lower-case letters (å, ä and ö too), digits and dashes"
                                + " only";
        return Suggestions.closest(tidy, figures)
                .map(
                        s ->
                                "; did you mean '{"
                                        + s
                                        + "}'?"
                                        + (rule.isEmpty() ? "" : " A" + rule.substring(1)))
                .orElse(defined + (rule.isEmpty() ? "" : "; " + rule));
    }

    private interface Visitor {
        void text(String path, String text);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isTextual()) {
            visitor.text(path, node.textValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), FieldPath.index(path, i), visitor);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), FieldPath.child(path, field.getKey()), visitor);
            }
        }
    }
}
