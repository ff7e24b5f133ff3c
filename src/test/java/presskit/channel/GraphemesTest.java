package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What Bluesky counts: grapheme clusters (its limit is 300 "characters" as a reader sees them, per
 * the AT Protocol's app.bsky.feed.post lexicon), so an accent, a skin tone, a flag or a family
 * emoji is one.
 */
class GraphemesTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|0|empty",
                "abc|3|ASCII letters",
                "a\\r\\nb|3|CR LF is one",
                "a\\nb|3|a lone LF is one",
                "Örebro|6|precomposed Ö",
                "O\u0308rebro|6|O and a combining diaeresis",
                "a\u030A|1|a and a combining ring",
                "\uD83D\uDC4D\uD83C\uDFFD|1|thumbs up with a skin tone",
                "\uD83C\uDDF8\uD83C\uDDEA|1|the Swedish flag",
                "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67|1|a family joined by ZWJ",
                "53\u00A0procent|10|a no-break space is one",
                "Hej \uD83D\uDC4B!|6|a text with an emoji",
            })
    void countsWhatAReaderSeesAsOneCharacter(String text, int count, String what) {
        String withBreaks = text.replace("\\r", "\r").replace("\\n", "\n");

        assertThat(Graphemes.count(withBreaks)).isEqualTo(count);
    }

    /**
     * The count skips ICU for text of Latin letters and common punctuation (Swedish): every pair of
     * such characters must be two clusters, but CR LF, exactly as ICU's rules say; a text that
     * holds anything else (a combining mark, a ZWJ, an emoji) must still be counted by them.
     */
    @Test
    void latinLettersAndPunctuationAreEachOneClusterButCrLf() {
        List<Character> fast = new ArrayList<>();
        for (char c = 0; c < 0x2100; c++) {
            if (Graphemes.singleCharacterClusters(String.valueOf(c))) {
                fast.add(c);
            }
        }
        BreakIterator icu = BreakIterator.getCharacterInstance(ULocale.ROOT);
        List<String> differ = new ArrayList<>();
        for (char a : fast) {
            for (char b : fast) {
                String pair = new String(new char[] {a, b});
                icu.setText(pair);
                icu.first();
                int clusters = 0;
                while (icu.next() != BreakIterator.DONE) {
                    clusters++;
                }
                if (Graphemes.count(pair) != clusters) {
                    differ.add(Integer.toHexString(a) + " " + Integer.toHexString(b));
                }
            }
        }

        assertThat(differ).isEmpty();
        assertThat(fast).hasSize(0x300 + 24 + 47).contains('å', 'Ö', '–', '’', '•', '…', '\u00AD');
        assertThat(Graphemes.singleCharacterClusters("Växjö – 55\u00A0procent\r\n")).isTrue();
        assertThat(Graphemes.singleCharacterClusters("a\u0300")).isFalse();
        assertThat(Graphemes.singleCharacterClusters("\u203C\uFE0F")).isFalse();
        assertThat(Graphemes.singleCharacterClusters("\u00A9\u200D")).isFalse();
        assertThat(Graphemes.count("Ö\u0300")).isEqualTo(1);
        assertThat(Graphemes.count("–\u20E3")).isEqualTo(1);
    }
}
