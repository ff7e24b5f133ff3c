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
        if (singleCharacterClusters(text)) {
            // Only CR LF forms a multi-character cluster here; avoids the iterator on the common
            // path (Swedish text and its punctuation).
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

    /**
     * Whether every character of {@code text} is one that UAX #29 breaks before and after but in CR
     * LF: below U+0300, where the combining marks begin, or the dashes, quotes, bullets and other
     * punctuation of U+2010–U+2027 and U+2030–U+205E. None of them extends a cluster or is extended
     * by another of them (no Extend, SpacingMark, Prepend, ZWJ, Regional Indicator or Hangul; © and
     * ‼ are emoji only with a ZWJ or variation selector after them).
     */
    static boolean singleCharacterClusters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && !(c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E)) {
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
