package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

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
}
