package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.load.CampaignLoader;
import presskit.model.CampaignYear;
import presskit.model.Hashtag;

/**
 * The posts of both shipped years read as a person would post them: no counter stands directly
 * after a link, every thread part is whole sentences with its counter after them, the first part of
 * every thread (the one readers share) carries the primary link or a required hashtag, and every
 * post and part fits its network as the network counts it.
 */
class ShippedThreadsTest {

    private static final Path MESSAGES = Path.of("messages");
    private static final List<String> THREADED = List.of("x", "mastodon", "bluesky");
    private static final Pattern COUNTER_AFTER_LINK =
            Pattern.compile("https?://\\S+[ \\t]*\\(?\\d+/\\d+\\)?");

    @TempDir Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2022, 2023})
    void everyThreadReadsAsAPersonWouldPostIt(int year) throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run run =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--year",
                        String.valueOf(year),
                        "--messages",
                        MESSAGES.toString(),
                        "--out",
                        out.toString());
        assertThat(run.status()).as(run.all()).isZero();
        CampaignYear data = new CampaignLoader(MESSAGES).load(Optional.of(year)).campaign().year();
        String link = data.primaryLink().orElseThrow().url();
        List<String> required =
                data.hashtags().stream().filter(Hashtag::required).map(Hashtag::tag).toList();
        Channels channels = Channels.builtIn();

        List<Path> posts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve(String.valueOf(year)))) {
            files.filter(f -> f.toString().endsWith(".txt"))
                    .filter(f -> THREADED.contains(f.getParent().getFileName().toString()))
                    .forEach(posts::add);
        }
        assertThat(posts).isNotEmpty();
        int threads = 0;
        for (Path post : posts) {
            String text = Files.readString(post, StandardCharsets.UTF_8).strip();
            Channel channel = channels.get(post.getParent().getFileName().toString());
            assertThat(COUNTER_AFTER_LINK.matcher(text).find())
                    .as("a counter right after a link in %s:\n%s", post, text)
                    .isFalse();
            String name = post.getFileName().toString();
            Path whole = post.resolveSibling(name.replaceFirst("-\\d+\\.txt$", ".txt"));
            boolean part = !whole.equals(post) && Files.exists(whole);
            if (part || !Files.exists(post.resolveSibling(name.replace(".txt", "-1.txt")))) {
                // A post or a part: the network accepts it (a whole thread's file is not posted).
                assertThat(channel.fits(text))
                        .as("%s is %d long on %s", post, channel.length(text), channel.name())
                        .isTrue();
            }
            if (part) {
                // Whole sentences only: the words before the counter end one.
                assertThat(text)
                        .as("%s ends its sentences before its counter", post)
                        .containsPattern("[.!?…”»)] \\(\\d+/\\d+\\)");
            }
            if (part && name.endsWith("-1.txt")) {
                threads++;
                assertThat(text.contains(link) || required.stream().anyMatch(text::contains))
                        .as(
                                "the first part of %s carries %s or one of %s:\n%s",
                                whole, link, required, text)
                        .isTrue();
            }
        }
        assertThat(threads).as("the shipped %d kit has threads to check", year).isPositive();
    }
}
