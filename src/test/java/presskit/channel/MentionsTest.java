package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionsTest {

    private static MentionSyntax mentions(String channelId) {
        return Network.find(channelId).flatMap(Network::mentions).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "x, @vision_fack, true",
        "x, @Vision_Fack_123, true",
        "x, @a, true",
        "x, @abcdefghijklmno, true",
        "x, @abcdefghijklmnop, false", // 16 characters
        "x, @, false",
        "x, vision_fack, false",
        "x, @vision-fack, false",
        "x, @välfärd, false",
        "mastodon, @vision@mastodon.nu, true",
        "mastodon, @anna.karlsson@social.vision.se, true",
        "mastodon, @anna_k@grå.org, true",
        "mastodon, @anna, false",
        "mastodon, anna@mastodon.nu, false",
        "mastodon, @anna@localhost, false",
        "mastodon, @anna@mastodon.nu., false",
        "mastodon, @anna@-mastodon.nu, false",
        "bluesky, @vision.se, true",
        "bluesky, @anna-k.bsky.social, true",
        "bluesky, @Vision.BSKY.social, true",
        "bluesky, @vision, false",
        "bluesky, vision.se, false",
        "bluesky, @vision.123, false",
        "bluesky, @-vision.se, false",
        "bluesky, @vision_fack.bsky.social, false",
        "bluesky, @server.local, false",
    })
    void handleSyntaxPerNetwork(String channelId, String handle, boolean valid) {
        assertThat(mentions(channelId).isValid(handle)).isEqualTo(valid);
    }

    @Test
    void networksWithoutTextMentionsAreNamed() {
        assertThat(new LinkedIn().mentions()).isEmpty();
        assertThat(new Facebook().mentions()).isEmpty();
        assertThat(new Bluesky().mentions()).isPresent();
        assertThat(mentions("mastodon").expected()).contains("@user@domain");
    }

    @Test
    void mentionsAreFoundAsEachNetworkFindsThem() {
        String text =
                "Hej @anna@mastodon.nu och @vision.bsky.social (@bo.se), mejla kontakt@vision.se. @vision_fack!";
        // twitter-text refuses a mention directly followed by another '@'.
        assertThat(mentions("x").extract(text)).containsExactly("@vision", "@bo", "@vision_fack");
        assertThat(mentions("mastodon").extract(text))
                .containsExactly(
                        "@anna@mastodon.nu", "@vision.bsky.social", "@bo.se", "@vision_fack");
        assertThat(mentions("bluesky").extract(text))
                .containsExactly("@vision.bsky.social", "@bo.se");
    }

    @Test
    void blueskyFindsMentionsAsItsAppMakesMentionFacets() {
        // A no-break space starts a mention as a space does; an '_' right after the handle, where
        // JavaScript's \b sees no word end, leaves no handle.
        assertThat(mentions("bluesky").extract("Hej\u00A0@bo.se och @a.se_b, @c.se-"))
                .containsExactly("@bo.se", "@c.se");
    }

    /** A handle one edit from Bluesky's own domain is a slip; any other domain is the holder's. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "@name.bsky.socal, @name.bsky.social",
                "@name.bsky.sociall, @name.bsky.social",
                "@name.bsky.soical, @name.bsky.social",
                "@name.bskysocial, @name.bsky.social",
                "@name.bsky.socia1, @name.bsky.social",
                "@Anna-K.bsky.socal, @Anna-K.bsky.social",
                "@name.bsky.social, -",
                "@Name.BSKY.Social, -",
                "@vision.se, -",
                "@name.bsky.app, -",
                "@name.sky.social.se, -",
            })
    void aBlueskyHandleOneEditFromBskySocialIsLikelyMeantAsOne(String handle, String meant) {
        assertThat(mentions("bluesky").isValid(handle)).isTrue();
        assertThat(mentions("bluesky").likelyMeant(handle)).isEqualTo(Optional.ofNullable(meant));
    }

    @Test
    void otherNetworksSeeNoSlips() {
        assertThat(mentions("mastodon").likelyMeant("@name@bsky.socal")).isEmpty();
        assertThat(mentions("x").likelyMeant("@name")).isEmpty();
    }
}
