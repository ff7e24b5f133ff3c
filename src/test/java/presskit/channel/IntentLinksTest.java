package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntentLinksTest {

    private static final String POST =
            "Åtta av tio socialchefer 👍🏽👨‍👩‍👧‍👦🇸🇪 – så är läget i välfärden!\n"
                    + "Läs & dela: https://www.vision.se/rapport?år=2023&del=2#siffror #välfärd @vision_fack 100% + a\u030A ~";

    @ParameterizedTest
    @ValueSource(strings = {"x", "bluesky", "linkedin", "mastodon"})
    void composeLinksDecodeBackToExactlyThePostText(String channelId) {
        String link =
                IntentLinks.withMastodonInstance("mastodon.nu")
                        .compose(channelId, POST)
                        .orElseThrow();
        String encoded = link.substring(link.indexOf("text=") + "text=".length());
        assertThat(encoded).doesNotContain(" ", "+", "\n", "&", "#").matches("[A-Za-z0-9._~%-]*");
        assertThat(percentDecode(encoded)).isEqualTo(POST);
    }

    @Test
    void composeUrlsPerNetwork() {
        IntentLinks links = IntentLinks.withoutMastodonInstance();
        assertThat(links.compose("x", "a b")).contains("https://x.com/intent/post?text=a%20b");
        assertThat(links.compose("bluesky", "a b"))
                .contains("https://bsky.app/intent/compose?text=a%20b");
        assertThat(links.compose("linkedin", "a b"))
                .contains("https://www.linkedin.com/feed/?shareActive=true&text=a%20b");
        assertThat(links.compose("mastodon", "a b")).isEmpty();
        assertThat(
                        IntentLinks.withMastodonInstance("https://Mastodon.NU/")
                                .compose("mastodon", "a b"))
                .contains("https://mastodon.nu/share?text=a%20b");
    }

    @Test
    void facebookSharesTheFirstLinkOnly() {
        IntentLinks links = IntentLinks.withoutMastodonInstance();
        assertThat(links.compose("facebook", "Ingen länk här.")).isEmpty();
        Optional<String> link =
                links.compose(
                        "facebook",
                        "Läs (https://www.vision.se/rapport?a=1&b=ö). Mer: https://x.se");
        assertThat(link)
                .contains(
                        "https://www.facebook.com/sharer/sharer.php?u="
                                + "https%3A%2F%2Fwww.vision.se%2Frapport%3Fa%3D1%26b%3D%C3%B6");
        String encoded = link.orElseThrow().substring(link.orElseThrow().indexOf("u=") + 2);
        assertThat(percentDecode(encoded)).isEqualTo("https://www.vision.se/rapport?a=1&b=ö");
    }

    @Test
    void encodingFollowsRfc3986() {
        assertThat(IntentLinks.encode("a b+c&d=e#f/g?h~i-j.k_l"))
                .isEqualTo("a%20b%2Bc%26d%3De%23f%2Fg%3Fh~i-j.k_l");
        assertThat(IntentLinks.encode("å\n")).isEqualTo("%C3%A5%0A");
    }

    @Test
    void unknownChannelAndBadInstanceAreRefused() {
        assertThatThrownBy(() -> IntentLinks.withoutMastodonInstance().compose("myspace", "a"))
                .hasMessageContaining("'myspace'");
        assertThatThrownBy(() -> IntentLinks.withMastodonInstance("mastodon.nu/@vision"))
                .hasMessageContaining("'instance'");
    }

    /** A strict RFC 3986 decoder: '+' would stay '+', unlike URLDecoder. */
    private static String percentDecode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
