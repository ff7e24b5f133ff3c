package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import presskit.channel.Channel;
import presskit.channel.Channels;

/** Every post of every network in a full build, measured again by that network's own rule. */
class AllChannelsTest {

    static Path out;

    static JsonNode manifest;

    /** The shared full build ({@link SharedKit}). */
    @BeforeAll
    static void build() throws IOException {
        out = SharedKit.build().out();
        manifest = new ObjectMapper().readTree(out.resolve("2023/manifest.json").toFile());
    }

    @Test
    void everyPostOfEveryChannelIsWithinItsLimitByThatChannelsRule() throws IOException {
        Channels channels = Channels.builtIn();
        Map<String, Integer> perChannel = new HashMap<>();
        for (JsonNode o : manifest.get("outputs")) {
            if (!o.get("kind").asText().matches("post|thread")) {
                continue;
            }
            Channel channel = channels.get(o.get("channel").asText());
            List<JsonNode> posts = new ArrayList<>();
            if (o.has("parts")) {
                o.get("parts").forEach(posts::add);
            } else {
                posts.add(o);
            }
            for (JsonNode post : posts) {
                String text =
                        BuildCommandTest.postText(
                                out.resolve("2023").resolve(post.get("path").asText()));
                assertThat(post.get("length").asInt())
                        .as(post.get("path").asText())
                        .isEqualTo(channel.length(text));
                if (channel.id().equals("x")) {
                    // The reference is twitter-text itself, with none of presskit's shortcuts.
                    assertThat(post.get("length").asInt())
                            .as(post.get("path").asText())
                            .isEqualTo(
                                    com.twitter.twittertext.TwitterTextParser.parseTweet(text)
                                            .weightedLength);
                }
                assertThat(channel.fits(text)).as(post.get("path").asText()).isTrue();
                perChannel.merge(channel.id(), 1, Integer::sum);
            }
        }
        assertThat(perChannel.keySet())
                .containsExactlyInAnyOrder("x", "mastodon", "bluesky", "linkedin", "facebook");
        assertThat(perChannel.get("x")).isGreaterThan(290 + 21 * 5);
    }

    @Test
    void shareLinksOpenTheComposerWithExactlyThePostText() throws IOException {
        int checked = 0;
        for (JsonNode o : manifest.get("outputs")) {
            if (!o.has("share") || !o.get("variant").asText().matches("national|18|1880")) {
                continue;
            }
            String first =
                    o.has("parts")
                            ? o.get("parts").get(0).get("path").asText()
                            : o.get("path").asText();
            String text = BuildCommandTest.postText(out.resolve("2023").resolve(first));
            String channel = o.get("channel").asText();
            URI share = URI.create(o.get("share").asText());
            String query = share.getRawQuery();
            String key = channel.equals("facebook") ? "u=" : "text=";
            String encoded =
                    java.util.Arrays.stream(query.split("&"))
                            .filter(p -> p.startsWith(key))
                            .findFirst()
                            .orElseThrow();
            String decoded =
                    URLDecoder.decode(encoded.substring(key.length()), StandardCharsets.UTF_8);
            if (channel.equals("facebook")) {
                assertThat(text).contains(decoded);
            } else {
                assertThat(decoded).as(o.get("id").asText()).isEqualTo(text);
                assertThat(encoded).doesNotContain("+");
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }
}
