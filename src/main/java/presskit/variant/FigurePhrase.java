package presskit.variant;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import presskit.model.Figure;
import presskit.model.FigureUnit;
import presskit.model.Placeholder;

/**
 * Says figures the Swedish way ("åtta av tio", "53 procent") and fills {@code {figure-id}}
 * placeholders.
 */
public final class FigurePhrase {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final List<String> WORDS =
            List.of("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio");

    private FigurePhrase() {}

    /** The value in words: the figure's own wording for its national value, else by unit. */
    public static String said(Figure figure, int value) {
        if (value == figure.value() && !figure.said().isBlank()) {
            return figure.said();
        }
        return figure.unit() == FigureUnit.OUT_OF_TEN
                ? WORDS.get(Math.min(value, 10)) + " av tio"
                : value + " procent";
    }

    /**
     * Replaces each {@code {id}} whose id {@code said} knows; a placeholder at the start of a
     * sentence gets a capital letter. Unknown placeholders stay as written, for the validator to
     * report.
     */
    public static String fill(String text, Function<String, String> said) {
        Matcher m = Placeholder.IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String words = said.apply(m.group(1));
            if (words == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            sentenceStart(text, m.start()) ? capitalise(words) : words));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String capitalise(String words) {
        return words.isEmpty()
                ? words
                : words.substring(0, 1).toUpperCase(SWEDISH) + words.substring(1);
    }

    /**
     * After a sentence's end and a space, or at the start of a line: a new line starts a sentence
     * too.
     */
    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        boolean newLine = false;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            newLine |= text.charAt(i) == '\n';
            i--;
        }
        return i < 0 || newLine || ".!?–".indexOf(text.charAt(i)) >= 0 && i < at - 1;
    }
}
