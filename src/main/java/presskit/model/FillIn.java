package presskit.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark of a value still to be filled in, as {@code presskit init} and {@code presskit new-year}
 * write their forms: {@code "FYLL I: rapportens titel (the report's title)"}, what to write
 * following the colon. Where a field takes no space (an e-mail address) the form writes {@code
 * FYLL-I} instead.
 */
public final class FillIn {

    /** What a form's value starts with; what follows says what to write. */
    public static final String MARKER = "FYLL I:";

    private static final Pattern MARK = Pattern.compile("\\bFYLL[ -]I\\b");

    private FillIn() {}

    /** Whether {@code text} still holds the mark of a value to fill in. */
    public static boolean marks(String text) {
        return text != null && MARK.matcher(text).find();
    }

    /** What the form says to write, following the mark; empty when it says nothing. */
    public static String what(String text) {
        Matcher m = MARK.matcher(text);
        if (!m.find() || !text.startsWith(":", m.end())) {
            return "";
        }
        return text.substring(m.end() + 1).strip();
    }

    /** A form's value: the mark, then what to write. */
    public static String of(String what) {
        return MARKER + " " + what;
    }
}
