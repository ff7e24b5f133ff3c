package presskit.channel;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts extended grapheme clusters (Unicode UAX #29), the "characters" a reader sees.
 *
 * <p>ICU4J is used rather than the JDK's {@code \X} so that the count follows ICU's current Unicode
 * version (new emoji sequences) whatever JDK runs presskit.
 */
public final class Graphemes {

    // A BreakIterator is stateful and not thread-safe; each count clones this prototype.
    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);

    private Graphemes() {}

    /**
     * The number of grapheme clusters in {@code text}: an emoji with skin tone, a flag or "a\u030A"
     * is 1.
     */
    public static int count(String text) {
        if (isAscii(text)) {
            // Only CR LF forms a multi-character cluster in ASCII; avoids the iterator on the
            // common path.
            return text.length() - crlfPairs(text);
        }
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text);
        int count = 0;
        it.first();
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int crlfPairs(String text) {
        int pairs = 0;
        for (int i = text.indexOf("\r\n"); i >= 0; i = text.indexOf("\r\n", i + 2)) {
            pairs++;
        }
        return pairs;
    }
}
