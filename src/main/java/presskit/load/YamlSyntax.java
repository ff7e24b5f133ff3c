package presskit.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * YAML's syntax errors in the words of the person who wrote the file, at the line where the mistake
 * is rather than where the parser gave up: a colon or a {@code #} in unquoted text, a quote never
 * closed, a line indented out of step.
 */
final class YamlSyntax {

    /** A located message about the file's text. */
    record Problem(int line, int column, String message) {}

    // "  key: value" or "  - key: value": the key, and where its value starts.
    private static final Pattern FIELD =
            Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s#:\"'][^:#]*?):(?:\\s+|$)(.*)$");
    private static final Pattern QUOTE_OPENS =
            Pattern.compile("^\\s*(?:-\\s+)?(?:[^\\s#:\"'][^:#]*?:\\s+)?([\"'])(.*)$");

    private YamlSyntax() {}

    /** The parser's complaint about {@code text}, worded, and placed at the mistake. */
    static Problem describe(MarkedYAMLException e, String text, String fallback) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        List<String> lines = text.lines().toList();
        Optional<Problem> unclosed = unclosedQuote(lines, line);
        if (unclosed.isPresent()) {
            return unclosed.get();
        }
        String problem = String.valueOf(e.getProblem());
        String source = line <= lines.size() ? lines.get(line - 1) : "";
        if (problem.startsWith("mapping values are not allowed")) {
            return new Problem(line, column, colonInText(source));
        }
        if (problem.startsWith("expected <block end>")
                || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-' indicator")) {
            return new Problem(
                    line,
                    column,
                    "this line is not lined up with the lines around it; YAML reads the spaces at"
                            + " the start of a line as structure, so indent a field exactly like the"
                            + " other fields of the same mapping, with spaces only");
        }
        if (problem.contains("could not find expected ':'")) {
            return new Problem(
                    line,
                    column,
                    "a field needs its name, a colon and a space before its value (name: value);"
                            + " if this line continues the text above, put that text in quotes");
        }
        return new Problem(line, column, fallback);
    }

    /**
     * A field left empty because its value began with {@code #}, which YAML reads as a comment:
     * {@code subtitle: #1 i Sverige}, or {@code - tag: #skolan} in a list. A field whose lines
     * follow, more indented than its key or as a list at the key's column, is a mapping or a list
     * with a comment, and fine.
     */
    static Optional<Problem> commentedOutValue(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FIELD.matcher(lines.get(i));
            if (!m.matches() || !m.group(3).startsWith("#")) {
                continue;
            }
            // The key's column, after a list item's "- ": the next item of the same list stands
            // left of it and is no value of this key.
            int keyColumn = m.group(1).length();
            String next = nextContentLine(lines, i + 1);
            boolean opensBlock =
                    next != null
                            && (indent(next) > keyColumn
                                    || indent(next) == keyColumn && next.strip().startsWith("- "));
            if (!opensBlock) {
                String key = m.group(2).strip();
                return Optional.of(
                        new Problem(
                                i + 1,
                                m.group(1).length() + m.group(2).length() + 3,
                                "'"
                                        + key
                                        + "' is empty: a value that begins with # is a comment in"
                                        + " YAML; put the value in double quotes, e.g. "
                                        + key
                                        + ": \""
                                        + Characters.quoted(m.group(3).strip())
                                        + "\""));
            }
        }
        return Optional.empty();
    }

    private static String colonInText(String source) {
        Matcher m = FIELD.matcher(source);
        String example =
                m.matches()
                        ? " e.g. "
                                + m.group(2).strip()
                                + ": \""
                                + Characters.quoted(m.group(3).strip().replace("\"", "\\\""))
                                + "\""
                        : "";
        return "a colon followed by a space inside unquoted text starts a new field in YAML; if"
                + " the colon belongs to the text, put the whole value in double quotes,"
                + example;
    }

    /**
     * A value whose opening quote is not closed on its own line, at or before the line where the
     * parser gave up: the parser read on to the next quote, lines later, and failed there.
     */
    private static Optional<Problem> unclosedQuote(List<String> lines, int failedAt) {
        for (int i = Math.min(failedAt, lines.size() + 1) - 2; i >= 0; i--) {
            Matcher m = QUOTE_OPENS.matcher(lines.get(i));
            if (m.matches() && !closes(m.group(1).charAt(0), m.group(2))) {
                int column = lines.get(i).length() - m.group(2).length();
                return Optional.of(
                        new Problem(
                                i + 1,
                                column,
                                "the quote "
                                        + m.group(1)
                                        + " that opens this value is not closed on its line; close"
                                        + " it where the value ends (YAML went on reading to line "
                                        + failedAt
                                        + " for it)"));
            }
        }
        return Optional.empty();
    }

    private static boolean closes(char quote, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static String nextContentLine(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
