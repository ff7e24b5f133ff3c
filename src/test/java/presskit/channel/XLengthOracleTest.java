package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
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
    void onlyEmojiFreeTextsTakeTheFastPath() {
        assertThat(XLength.emojiFree("Åtta av tio – “så” • 2023 #svpol")).isTrue();
        assertThat(XLength.emojiFree("© 2023")).isFalse();
        assertThat(XLength.emojiFree("1\uFE0F\u20E3")).isFalse();
        assertThat(XLength.emojiFree("Tack 👍")).isFalse();
    }
}
