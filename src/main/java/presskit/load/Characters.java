package presskit.load;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Which characters a text in the campaign files may hold, and how a character or a text is named in
 * a message without writing anything raw to the terminal.
 *
 * <p>Refused: control characters (C0, DEL and C1) other than the line break and the tab, which are
 * ordinary whitespace in every output; the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make a text read differently from how it is stored; and
 * surrogates without their pair, which no output can encode.
 */
final class Characters {

    /** How much of a value a message quotes. */
    private static final int QUOTED = 60;

    private Characters() {}

    /** Whether {@code codePoint} may not stand in a text. */
    static boolean forbidden(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return false;
        }
        return Character.getType(codePoint) == Character.CONTROL
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || Character.getType(codePoint) == Character.SURROGATE;
    }

    /** The index (in chars) of the first forbidden character of {@code text}, if any. */
    static OptionalInt firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (forbidden(codePoint)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(codePoint);
        }
        return OptionalInt.empty();
    }

    /** {@code U+001B (ESCAPE)}: the code point and its Unicode name. */
    static String name(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        String unicode =
                Character.getType(codePoint) == Character.SURROGATE
                        ? null
                        : Character.getName(codePoint);
        return unicode == null ? hex : hex + " (" + unicode + ")";
    }

    /** What is wrong with {@code codePoint}, one {@link #forbidden} refuses, said in words. */
    static String refusal(int codePoint) {
        if (Character.getType(codePoint) == Character.SURROGATE) {
            return name(codePoint)
                    + ", half of a surrogate pair without its other half, which no output can hold";
        }
        if (Character.getType(codePoint) == Character.CONTROL) {
            return name(codePoint)
                    + ", a control character; a text may hold none but the line break and the tab";
        }
        return name(codePoint)
                + ", which turns the direction of the text, so that it reads otherwise than it is"
                + " written";
    }

    /**
     * {@code text} as a message may quote it: at most {@value #QUOTED} characters, each forbidden
     * one written as {@code U+XXXX}.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (shown == QUOTED) {
                return out.append("… (").append(length(text)).append(" characters)").toString();
            }
            if (forbidden(codePoint) || codePoint == '\n' || codePoint == '\t') {
                out.append(String.format(Locale.ROOT, "U+%04X", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
            shown++;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /**
     * {@code text} with each forbidden character written as {@code U+XXXX}: a field path or key
     * that a message prints whole.
     */
    static String visible(String text) {
        if (firstForbidden(text).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .forEach(
                        c -> {
                            if (forbidden(c)) {
                                out.append(String.format(Locale.ROOT, "U+%04X", c));
                            } else {
                                out.appendCodePoint(c);
                            }
                        });
        return out.toString();
    }

    /** The length of {@code text} as people and the schema count it: in characters, not chars. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
