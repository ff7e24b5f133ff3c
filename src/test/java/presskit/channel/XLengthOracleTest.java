package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.twitter.twittertext.TwitterTextParser;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path gives exactly what twitter-text's plain parseTweet gives, emoji or not. */
class XLengthOracleTest {

    private final XLength x = new XLength();

    @Test
    void agreesWithParseTweetOnTextsThatTakeEitherPath() {
        List<String> texts =
                List.of(
                        "Åtta av tio socialchefer – 53 procent • “citat” … 207\u00A0000 #välfärd https://vision.se/a?b=c",
                        "© Vision 2023",
                        "® och ™",
                        "‼ viktigt ⁉",
                        "1\uFE0F\u20E3 nummer ett",
                        "#\u20E3",
                        "\uD83C\uDDF8\uD83C\uDDEA Sverige",
                        "Tack 👍🏽!",
                        "のの",
                        "a\u030A",
                        "@vision_fack hej",
                        "1234567890 #*",
                        "");
        for (String text : texts) {
            assertThat(x.length(text))
                    .as(text)
                    .isEqualTo(TwitterTextParser.parseTweet(text).weightedLength);
        }
    }

    @Test
    void everyCharacterOfPlainTextWeighsWhatParseTweetSays() {
        for (char c = 0; c < 0x0300; c++) {
            for (String text : List.of(String.valueOf(c), "a" + c + "b", c + " " + c + c)) {
                assertThat(x.length(text))
                        .as("U+%04X in %s", (int) c, text)
                        .isEqualTo(TwitterTextParser.parseTweet(text).weightedLength);
            }
        }
    }

    @Test
    void plainTextIsAlreadyNormalisedForAnyTwoOfItsCharacters() {
        char[] pair = new char[2];
        for (pair[0] = 0; pair[0] < 0x0300; pair[0]++) {
            for (pair[1] = 0; pair[1] < 0x0300; pair[1]++) {
                String text = new String(pair);
                if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                    throw new AssertionError(
                            String.format(
                                    "U+%04X U+%04X is not NFC", (int) pair[0], (int) pair[1]));
                }
            }
        }
    }

    @Test
    void onlyTextsWithoutFullStopsEmojiOrCharactersFromU0300AreTakenAsPlain() {
        assertThat(XLength.plain("Åtta av tio lärare: 53 procent! #skola @Ombud_1 (2023)"))
                .isTrue();
        assertThat(XLength.plain("Läs mer på exempel.se")).isFalse();
        assertThat(XLength.plain("© 2023")).isFalse();
        assertThat(XLength.plain("® 2023")).isFalse();
        assertThat(XLength.plain("Elevhälsan – 2023")).isFalse();
        assertThat(XLength.plain("a\u030A")).isFalse();
        assertThat(XLength.plain("Tack 👍")).isFalse();
    }

    @Test
    void onlyEmojiFreeTextsTakeTheFastPath() {
        assertThat(XLength.emojiFree("Åtta av tio – “så” • 2023 #svpol")).isTrue();
        assertThat(XLength.emojiFree("© 2023")).isFalse();
        assertThat(XLength.emojiFree("1\uFE0F\u20E3")).isFalse();
        assertThat(XLength.emojiFree("Tack 👍")).isFalse();
    }

    @Test
    void aLongTextMeasuredInPiecesGetsWhatTheWholeTextGets() {
        List<String> words =
                List.of(
                        "Åtta",
                        "av",
                        "tio",
                        "https://vision.se/a?b=c",
                        "vision.se/rapport",
                        "👍🏽",
                        "のの",
                        "a\u030A",
                        "@vision_fack",
                        "#välfärd",
                        "\n",
                        "\n\n",
                        "   ",
                        "©",
                        "\uD83C\uDDF8\uD83C\uDDEA",
                        "$SEK",
                        "https://t.co/x",
                        "–");
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 3 * XLength.PIECE + random.nextInt(5 * XLength.PIECE)) {
                text.append(words.get(random.nextInt(words.size())));
                text.append(random.nextInt(4) == 0 ? "" : " ");
            }
            String t = text.toString();
            assertThat(new XLength().length(t))
                    .as("round %d", round)
                    .isEqualTo(TwitterTextParser.parseTweet(t).weightedLength);
        }
    }

    @Test
    void aLongRunOfSpacesIsMeasuredAsTheLibraryDoes() {
        String spaces = " ".repeat(5 * XLength.PIECE);
        for (String t : List.of(spaces, spaces + "x", "x" + spaces, spaces + "x " + spaces + "y")) {
            assertThat(new XLength().length(t))
                    .isEqualTo(TwitterTextParser.parseTweet(t).weightedLength);
        }
    }

    @Test
    void megabytesOfLinksAreCountedInTimeLinearInTheText() {
        // A hang guard, not a speed target: counting four megabytes took minutes when every
        // position was compared with every link.
        String text = "Läs https://vision.se/rapport och dela #välfärd ".repeat(90_000);
        int length =
                assertTimeoutPreemptively(Duration.ofSeconds(90), () -> new XLength().length(text));
        assertThat(length)
                .isEqualTo(90_000 * ("Läs ".length() + 23 + " och dela #välfärd ".length()));
    }
}
