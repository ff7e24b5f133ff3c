package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bluesky counts a link as its composer shows it: host and at most 15 characters of path. */
class BlueskyShortLinkTest {

    private final Channel bluesky = Channels.builtIn().get("bluesky");

    @Test
    void aLongLinkCountsAsItsShortForm() {
        String url =
                "https://via.tt.se/pressmeddelande/3370738/socialchefsrapporten-2023?publisherId=1565293";

        assertThat(BlueskyLength.shortUrl(url)).isEqualTo("via.tt.se/pressmeddela...");
        assertThat(bluesky.length("Läs mer: " + url))
                .isEqualTo("Läs mer: via.tt.se/pressmeddela...".length());
    }

    @Test
    void aShortLinkCountsWithoutSchemeAndTrailingPunctuationStaysText() {
        assertThat(bluesky.length("https://vision.se/")).isEqualTo("vision.se".length());
        assertThat(bluesky.length("Se https://vision.se/om."))
                .isEqualTo("Se vision.se/om.".length());
    }
}
