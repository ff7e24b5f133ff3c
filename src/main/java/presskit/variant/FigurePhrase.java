package presskit.variant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import presskit.model.Figure;
import presskit.model.Placeholder;

/**
 * Says figures the Swedish way ("åtta av tio", "2,5 procent", "12 400") and fills {@code
 * {figure-id}} placeholders.
 */
public final class FigurePhrase {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final char NBSP = '\u00A0';
    private static final List<String> WORDS =
            List.of("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio");

    private FigurePhrase() {}

    /**
     * The value in words: the figure's own wording for its national value, else by unit ("tre av
     * tio", "2,5 procent", "12 400" with a non-breaking space).
     */
    public static String said(Figure figure, BigDecimal value) {
        if (value.compareTo(figure.value()) == 0 && !figure.said().isBlank()) {
            return figure.said();
        }
        return switch (figure.unit()) {
            case OUT_OF_TEN -> WORDS.get(value.intValueExact()) + " av tio";
            case PERCENT -> number(value) + " procent";
            case COUNT -> number(value);
        };
    }

    /**
     * A number the Swedish way: a decimal comma, and groups of three digits separated by a
     * non-breaking space, so that "12 400" never breaks across lines.
     */
    static String number(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(NBSP);
            }
            out.append(whole.charAt(i));
        }
        return point < 0 ? out.toString() : out + "," + plain.substring(point + 1);
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
