package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import presskit.model.ChannelSettings;

class ChannelsTest {

    private static final String LONG_URL = "https://www.vision.se/socialchefsrapporten-2023";

    @Test
    void builtInChannelsInOrderWithTheirLimits() {
        Channels channels = Channels.builtIn();
        assertThat(channels.ids())
                .containsExactly("x", "mastodon", "bluesky", "linkedin", "facebook");
        assertThat(channels.ids().stream().map(id -> channels.get(id).limit()))
                .containsExactly(280, 500, 300, 3000, 63_206);
        assertThat(channels.ids().stream().filter(id -> channels.get(id).threads()))
                .containsExactly("x", "mastodon", "bluesky");
        assertThat(channels.get("linkedin").name()).isEqualTo("LinkedIn");
    }

    @Test
    void oneBuiltInChannelMadeAloneIsTheChannelOfTheWholeSet() {
        Channels all = Channels.builtIn();
        String text = "Läs https://exempel.se/rapport @Ombud@exempel.social 👩‍👩‍👧 #skola";
        for (String id : all.ids()) {
            Channel alone = Channels.builtIn(id).orElseThrow();
            Channel inSet = all.get(id);
            assertThat(alone.network()).isEqualTo(inSet.network());
            assertThat(alone.limit()).isEqualTo(inSet.limit());
            assertThat(alone.rule().getClass()).isEqualTo(inSet.rule().getClass());
            assertThat(alone.outputs()).isEqualTo(inSet.outputs());
            assertThat(alone.length(text)).isEqualTo(inSet.length(text));
        }
        assertThat(Channels.builtIn("myspace")).isEmpty();
    }

    @Test
    void unknownChannelIsNamed() {
        assertThat(Channels.builtIn().find("myspace")).isEmpty();
        assertThatThrownBy(() -> Channels.builtIn().get("myspace"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'myspace'");
    }

    @Test
    void blueskyRejectsTooManyBytesEvenUnderTheGraphemeLimit() {
        Channel bluesky = Channels.builtIn().get("bluesky");
        // 300 family emoji: 300 graphemes, but 25 bytes each.
        String families =
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66".repeat(300);
        assertThat(bluesky.length(families)).isEqualTo(300);
        assertThat(BlueskyLength.utf8Bytes(families)).isEqualTo(7500);
        assertThat(bluesky.fits(families)).isFalse();

        assertThat(bluesky.fits("ö".repeat(300))).isTrue(); // 600 bytes
        assertThat(bluesky.fits("ö".repeat(301))).isFalse();
    }

    @Test
    void utf8BytesAreCountedWithoutEncoding() {
        String text = "aö€\uD83D\uDC4D";
        assertThat(BlueskyLength.utf8Bytes(text))
                .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void overridesChangeALimitAndMastodonsLinkLength() {
        Channels channels =
                Channels.builtIn()
                        .withOverrides(
                                Map.of(
                                        "mastodon",
                                                ChannelSettings.NONE
                                                        .withLimit(1000)
                                                        .withUrlLength(30),
                                        "bluesky", ChannelSettings.NONE.withLimit(250)));

        Channel mastodon = channels.get("mastodon");
        assertThat(mastodon.limit()).isEqualTo(1000);
        assertThat(mastodon.length(LONG_URL)).isEqualTo(30);
        assertThat(mastodon.fits("a".repeat(1000))).isTrue();
        assertThat(mastodon.fits("a".repeat(1001))).isFalse();
        assertThat(channels.get("bluesky").limit()).isEqualTo(250);
        assertThat(channels.get("x")).isEqualTo(Channels.builtIn().get("x"));
        assertThat(channels.ids())
                .containsExactly("x", "mastodon", "bluesky", "linkedin", "facebook");
        // The built-in set is not changed.
        assertThat(Channels.builtIn().get("mastodon").limit()).isEqualTo(500);
    }

    @Test
    void overrideOfUnknownChannelNamesIt() {
        assertThatThrownBy(
                        () ->
                                Channels.builtIn()
                                        .withOverrides(
                                                Map.of(
                                                        "mastadon",
                                                        ChannelSettings.NONE.withLimit(1000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mastadon'");
    }

    @Test
    void linkLengthIsOnlyConfigurableForMastodon() {
        assertThatThrownBy(
                        () ->
                                Channels.builtIn()
                                        .withOverrides(
                                                Map.of(
                                                        "x",
                                                        ChannelSettings.NONE.withUrlLength(30))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'")
                .hasMessageContaining("urlLength");
    }

    @Test
    void settingsRejectImpossibleValues() {
        assertThatThrownBy(() -> ChannelSettings.NONE.withLimit(0)).hasMessageContaining("'limit'");
        assertThatThrownBy(() -> ChannelSettings.NONE.withUrlLength(-1))
                .hasMessageContaining("'urlLength'");
    }

    @Test
    void aSwitchedOffChannelIsLeftOut() {
        Channels channels =
                Channels.builtIn()
                        .withOverrides(Map.of("facebook", ChannelSettings.NONE.withEnabled(false)));
        assertThat(channels.ids()).containsExactly("x", "mastodon", "bluesky", "linkedin");
        assertThat(channels.find("facebook")).isEmpty();
    }

    @Test
    void eachNetworkDeclaresItsPostsPerLevel() {
        Channels channels = Channels.builtIn();
        PostKinds thread =
                new PostKinds(
                        Set.of(PostKind.SHORT, PostKind.KEY),
                        Set.of(PostKind.REGIONAL),
                        Set.of(PostKind.LOCAL));
        PostKinds longPost =
                new PostKinds(Set.of(PostKind.POST), Set.of(PostKind.POST), Set.of(PostKind.LOCAL));
        assertThat(List.of("x", "mastodon", "bluesky"))
                .allSatisfy(id -> assertThat(channels.get(id).outputs()).isEqualTo(thread));
        assertThat(List.of("linkedin", "facebook"))
                .allSatisfy(id -> assertThat(channels.get(id).outputs()).isEqualTo(longPost));
    }

    @Test
    void skippedPostKindsAreLeftOutAtEveryLevel() {
        Channels channels =
                Channels.builtIn()
                        .withOverrides(
                                Map.of(
                                        "x",
                                                ChannelSettings.NONE.withSkip(
                                                        List.of("short", "local")),
                                        "linkedin",
                                                ChannelSettings.NONE.withSkip(List.of("post"))));
        assertThat(channels.get("x").outputs())
                .isEqualTo(
                        new PostKinds(Set.of(PostKind.KEY), Set.of(PostKind.REGIONAL), Set.of()));
        assertThat(channels.get("linkedin").outputs())
                .isEqualTo(new PostKinds(Set.of(), Set.of(), Set.of(PostKind.LOCAL)));
        assertThatThrownBy(
                        () ->
                                Channels.builtIn()
                                        .withOverrides(
                                                Map.of(
                                                        "x",
                                                        ChannelSettings.NONE.withSkip(
                                                                List.of("thread")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'thread'");
    }
}
