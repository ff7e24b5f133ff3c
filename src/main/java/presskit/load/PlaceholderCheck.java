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
                            + "(\\.text|\\.short)?|quotes\\[\\d+\\]\\.text|call_to_action|local\\.question");

    private static final String FILLED_FIELDS =
            "release.lede, release.body, messages, quotes[].text, call_to_action and"
                    + " local.question";

    private PlaceholderCheck() {}

    /**
     * The mistakes in the year file {@code root}, read from {@code lines}: each at the
     * placeholder's own line and column where it stands there as written, else at its field's
     * value.
     */
    static List<Diagnostic> check(
            JsonNode root, CampaignYear year, SourceMap sources, List<String> lines) {
        Set<String> figures = year.figures().stream().map(Figure::id).collect(Collectors.toSet());
        List<Diagnostic> found = new ArrayList<>();
        walk(root, "", (path, text) -> field(path, text, figures, sources, lines, found));
        return found;
    }

    private static void field(
            String path,
            String text,
            Set<String> figures,
            SourceMap sources,
            List<String> lines,
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
            SourceMap.Position p = where(sources.value(path), m.group(), lines);
            found.add(Diagnostic.error(sources.file(), p.line(), p.column(), path, message));
        }
    }

    /**
     * Where {@code placeholder} stands in the value that starts at {@code start}: searched from
     * there through the value's lines (those indented more than its first), or the start itself
     * when it is not written there as it reads (an escape, a line break inside it).
     */
    private static SourceMap.Position where(
            SourceMap.Position start, String placeholder, List<String> lines) {
        int first = start.line() - 1;
        if (first < 0 || first >= lines.size()) {
            return start;
        }
        int indent = indent(lines.get(first));
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > first && !line.isBlank() && indent(line) <= indent) {
                break;
            }
            int from =
                    i == first
                            ? line.offsetByCodePoints(
                                    0,
                                    Math.min(
                                            Math.max(start.column() - 1, 0),
                                            line.codePointCount(0, line.length())))
                            : 0;
            int at = line.indexOf(placeholder, from);
            if (at >= 0) {
                return new SourceMap.Position(i + 1, line.codePointCount(0, at) + 1);
            }
        }
        return start;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
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
