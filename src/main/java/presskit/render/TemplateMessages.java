package presskit.render;

import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FreeMarker's error texts as one line a person can act on: the parser's list of expected token
 * names said in words, and the manual references, built-in lists, quoted excerpts and tips left out
 * (the line and column already say where).
 */
final class TemplateMessages {

    /** Ends the line after which the parser lists the tokens it expected, one per line. */
    private static final Pattern EXPECTING =
            Pattern.compile(",? ?(?:but w|W)as expecting (?:pattern|one of these patterns):\\s*$");

    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"(.*)\"$");

    private static final Pattern ONLY_CLOSABLE =
            Pattern.compile("but at this place only this can be closed: (\"[^\"]*\")\\.");

    private static final Pattern WRONG_NESTING =
            Pattern.compile(
                    "This usually because of wrong nesting of FreeMarker directives, like a missed"
                            + " or malformed end-tag somewhere\\.");

    private static final Pattern NOISE =
            Pattern.compile(
                    "\\s*\\(See FreeMarker Manual[^)]*\\)"
                            + "|\\s*Help \\(latest version\\): \\S+; you're using FreeMarker"
                            + " [0-9.]+\\.?"
                            + "|\\s*\\(wrapper: [^)]*\\)"
                            + "|\\s*\\([^()]* wrapped into [^()]*\\)");

    private static final Set<String> CLOSERS = Set.of("\"}\"", "\")\"", "\"]\"", "\">\"");

    private TemplateMessages() {}

    /** A syntax error, from {@code ParseException.getEditorMessage()}. */
    static String syntax(String editorMessage) {
        StringBuilder words = new StringBuilder();
        List<String> expected = new ArrayList<>();
        boolean listing = false;
        boolean sayExpected = false;
        for (String line : lines(editorMessage)) {
            if (listing && line.startsWith(" ")) {
                expected.add(line.strip());
                continue;
            }
            listing = false;
            if (line.startsWith("The alphabetical list")) {
                break;
            }
            Matcher list = EXPECTING.matcher(line);
            if (list.find()) {
                listing = true;
                sayExpected = words.length() == 0;
                line = line.substring(0, list.start());
            }
            words.append(' ').append(line);
        }
        String text = clean(words.toString());
        text = ONLY_CLOSABLE.matcher(text).replaceFirst("but only $1 can be closed here.");
        text =
                WRONG_NESTING
                        .matcher(text)
                        .replaceFirst("An end-tag before it may be missing or misspelt.");
        return sayExpected ? text + expectation(text, expected) : text;
    }

    /** An error while rendering, from the exception where the template went wrong. */
    static String rendering(TemplateException origin) {
        if (origin instanceof InvalidReferenceException) {
            String expression = origin.getBlamedExpressionString();
            String example = expression == null ? "value" : expression;
            return "no such value here, or it is null: a template sees only the values presskit"
                    + " gives it (README, \"Templates\"), not Java methods; if it may be missing,"
                    + " test it with "
                    + example
                    + "?? or give it a default with "
                    + example
                    + "!\"…\"";
        }
        StringBuilder words = new StringBuilder();
        for (String line : lines(origin.getMessageWithoutStackTop())) {
            // What follows is FreeMarker's quote of the failing expression, tips, or its stack.
            if (line.isBlank() || line.startsWith("==>") || line.startsWith("----")) {
                break;
            }
            words.append(' ').append(line);
        }
        String text = clean(words.toString());
        return text.endsWith(":") ? text.substring(0, text.length() - 1) : text;
    }

    private static String expectation(String text, List<String> expected) {
        Matcher encountered = ENCOUNTERED.matcher(text);
        String token = encountered.find() ? encountered.group(1) : "";
        if (expected.contains("<EOF>") && token.startsWith("</")) {
            return ", which closes nothing that is open here";
        }
        if (expected.contains("<ID>")
                && (expected.contains("<INTEGER>") || expected.contains("<STRING_LITERAL>"))) {
            return ", but was expecting a value here (a name, a number or text in quotes)";
        }
        List<String> said = expected.stream().map(TemplateMessages::inWords).distinct().toList();
        if (!said.isEmpty() && said.size() <= 8 && !said.contains(null)) {
            String last = said.get(said.size() - 1);
            return said.size() == 1
                    ? ", but was expecting " + last
                    : ", but was expecting "
                            + String.join(", ", said.subList(0, said.size() - 1))
                            + " or "
                            + last;
        }
        List<String> closers = expected.stream().filter(CLOSERS::contains).toList();
        if (closers.size() == 1) {
            return ", but was expecting " + closers.get(0) + " or an operator";
        }
        return ", which does not belong here";
    }

    /** A token the parser expected, in words; null for one without words here. */
    private static String inWords(String token) {
        return switch (token) {
            case "<ID>" -> "a name";
            case "<EOF>" -> "the end of the file";
            case "<STRING_LITERAL>", "<RAW_STRING>" -> "text in quotes";
            case "<INTEGER>", "<DECIMAL>" -> "a number";
            default -> token.startsWith("\"") ? token : null;
        };
    }

    private static List<String> lines(String message) {
        return (message == null ? "template error" : message).lines().toList();
    }

    private static String clean(String text) {
        return NOISE.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
