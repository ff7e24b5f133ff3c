package presskit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingTest {

    @Test
    void addsTheNetworksParametersKeepingTheRestOfTheAddress() {
        assertThat(Tracking.tag("https://via.tt.se/pm/1?publisherId=15#top", "x", "scr-2023"))
                .isEqualTo(
                        "https://via.tt.se/pm/1?publisherId=15&utm_source=x&utm_medium=social&utm_campaign=scr-2023#top");
        assertThat(Tracking.tag("https://vision.se/", "bluesky", "scr"))
                .isEqualTo(
                        "https://vision.se/?utm_source=bluesky&utm_medium=social&utm_campaign=scr");
    }

    @Test
    void neverTagsTwice() {
        String once = Tracking.tag("https://vision.se/a", "x", "scr");
        assertThat(Tracking.tag(once, "x", "scr")).isEqualTo(once);
        assertThat(Tracking.tag(once, "mastodon", "scr"))
                .isEqualTo(Tracking.tag("https://vision.se/a", "mastodon", "scr"));
        assertThat(Tracking.tag("https://vision.se/a?utm_source=old&x=1", "x", "scr"))
                .isEqualTo(
                        "https://vision.se/a?x=1&utm_source=x&utm_medium=social&utm_campaign=scr");
    }
}
