package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The Unicode tag rule finds, at each '#', what its pattern finds scanning every character. */
class UnicodeTagsTest {

    @Test
    void findsWhatThePatternFindsInPosts() {
        // Invented posts of a school-staff union campaign.
        for (String text :
                List.of(
                        "Elevhälsan behöver fler kuratorer #skolpersonal #Skolpersonal",
                        "#elevhälsa först, sedan #2023 och #år2023 och #_x",
                        "Se https://example.org/#avsnitt och &#35; och a#b och ##dubbel",
                        "＃fullbredd och #e\u0301lev och #\u0301",
                        "#",
                        "",
                        "Inga taggar alls.")) {
            assertSame(text);
        }
    }

    @Test
    void findsWhatThePatternFindsInRandomTexts() {
        char[] alphabet = {'#', '＃', 'a', 'ö', '1', '_', '&', '/', ' ', '\u0301', '\n', '.'};
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertSame(text.toString());
        }
    }

    private static void assertSame(String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = Hashtags.UNICODE_TAG.matcher(text);
        while (m.find()) {
            expected.add(m.group(1));
        }
        assertThat(Hashtags.unicodeTags(text)).as(text).isEqualTo(expected);
    }
}
