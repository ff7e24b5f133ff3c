package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each network's length of the same texts, against values worked out from that network's own rule.
 */
class ChannelCountingTest {

    private static final String THUMB_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD"; // 👍🏽
    private static final String FAMILY =
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    private static final String FLAG_SE = "\uD83C\uDDF8\uD83C\uDDEA"; // 🇸🇪
    private static final String A_RING_DECOMPOSED = "a\u030A"; // å as a + combining ring
    private static final String LONG_URL =
            "https://www.vision.se/socialchefsrapporten-2023-med-en-mycket-lang-adress";

    /** text, then x, mastodon, bluesky, linkedin, facebook. */
    static Stream<Arguments> table() {
        return Stream.of(
                row("plain ASCII", "hej", 3, 3, 3, 3, 3),
                row("Swedish letters", "åäö ÅÄÖ", 7, 7, 7, 7, 7),
                // X normalises to NFC; graphemes join the mark to its letter; UTF-16 counts both.
                row("combining ring", A_RING_DECOMPOSED, 1, 1, 1, 2, 2),
                row("e + combining acute", "e\u0301", 1, 1, 1, 2, 2),
                // twitter-text weighs an emoji sequence 2; one grapheme; two surrogate pairs.
                row("emoji with skin tone", THUMB_MEDIUM, 2, 1, 1, 4, 4),
                row("ZWJ family", FAMILY, 2, 1, 1, 11, 11),
                row("flag", FLAG_SE, 2, 1, 1, 4, 4),
                row("emoji in a sentence", "Tack " + THUMB_MEDIUM + "!", 8, 7, 7, 10, 10),
                row("CJK", "のの", 4, 2, 2, 2, 2),
                // Every URL counts 23 on X; only a URL with a scheme does on Mastodon; Bluesky
                // shows a link with a
                // scheme as host + 13 characters of path + "..."
                // ("www.vision.se/socialchefsra...").
                row("long URL with scheme", LONG_URL, 23, 23, 29, 73, 73),
                row("short URL with scheme", "https://vision.se", 23, 23, 9, 17, 17),
                row("URL without scheme", "vision.se/rapport", 23, 17, 17, 17, 17),
                row("www without scheme", "www.vision.se", 23, 13, 13, 13, 13),
                // Mastodon counts @user@domain as @user.
                row("Mastodon mention with domain", "@anna@mastodon.social", 21, 5, 21, 21, 21),
                row("local mention", "@anna", 5, 5, 5, 5, 5),
                row("mention in a sentence", "Hej @anna@mastodon.social!", 26, 10, 26, 26, 26),
                row("e-mail address is no mention", "kontakt@vision.se", 17, 17, 17, 17, 17),
                row(
                        "URL and mention",
                        "Läs mer: https://vision.se/a @anna@mastodon.nu",
                        50,
                        38,
                        38,
                        46,
                        46),
                row("Swedish hashtag", "#välfärd", 8, 8, 8, 8, 8),
                row("line break", "a\nb", 3, 3, 3, 3, 3));
    }

    private static Arguments row(
            String what,
            String text,
            int x,
            int mastodon,
            int bluesky,
            int linkedin,
            int facebook) {
        return Arguments.of(what, text, x, mastodon, bluesky, linkedin, facebook);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void countsAsEachNetworkDoes(
            String what,
            String text,
            int x,
            int mastodon,
            int bluesky,
            int linkedin,
            int facebook) {
        Channels channels = Channels.builtIn();
        assertThat(channels.get("x").length(text)).as("x").isEqualTo(x);
        assertThat(channels.get("mastodon").length(text)).as("mastodon").isEqualTo(mastodon);
        assertThat(channels.get("bluesky").length(text)).as("bluesky").isEqualTo(bluesky);
        assertThat(channels.get("linkedin").length(text)).as("linkedin").isEqualTo(linkedin);
        assertThat(channels.get("facebook").length(text)).as("facebook").isEqualTo(facebook);
    }

    /** The rows without a link, whose Bluesky length is their plain grapheme count. */
    static Stream<Arguments> withoutLinks() {
        return table().filter(a -> !((String) a.get()[1]).contains("://"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutLinks")
    void blueskyAgreesWithUax29Graphemes(String what, String text) {
        // An independent UAX #29 segmentation (the JDK's \X), not String.length().
        Matcher m = Pattern.compile("\\X").matcher(text);
        int graphemes = 0;
        while (m.find()) {
            graphemes++;
        }
        assertThat(Channels.builtIn().get("bluesky").length(text)).isEqualTo(graphemes);
    }
}
