package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import presskit.channel.BlueskyLength;
import presskit.channel.BlueskyText;
import presskit.channel.BlueskyText.Facet;
import presskit.channel.BlueskyText.Link;
import presskit.channel.BlueskyText.Mention;
import presskit.channel.BlueskyText.Tag;

/**
 * Every Bluesky post of the shipped 2023 kit becomes a record Bluesky accepts: at most 300
 * graphemes as posted, counted exactly as presskit counted it, and every facet's UTF-8 byte range
 * slices the posted text to exactly the link label, {@code #tag} or {@code @handle} it marks.
 */
class ShippedBlueskyTextTest {

    @Test
    void theNationalPostsAndAThreadPartWithAMentionBecomeTheseRecords() throws IOException {
        Path year = SharedKit.year();
        String part = read(year.resolve("municipalities/1880-orebro/bluesky/local-1.txt"));

        BlueskyText posted = BlueskyText.of(part);

        assertThat(posted.text()).isEqualTo(part.replace("https://vision.se/", "vision.se"));
        assertThat(described(posted))
                .containsExactly(
                        "mention @exempelordf.bsky.social = @exempelordf.bsky.social",
                        "tag #Socialchefsrapporten = #Socialchefsrapporten",
                        "tag #socialtjänst = #socialtjänst",
                        "tag #svpol = #svpol",
                        "link vision.se → https://vision.se/");
        List<Path> national;
        try (Stream<Path> files = Files.list(year.resolve("national/bluesky"))) {
            national = files.sorted().toList();
        }
        assertThat(national).isNotEmpty();
        for (Path post : national) {
            BlueskyText text = BlueskyText.of(read(post));
            assertThat(described(text))
                    .as(post.toString())
                    .endsWith(
                            "tag #Socialchefsrapporten = #Socialchefsrapporten",
                            "tag #socialtjänst = #socialtjänst",
                            "tag #svpol = #svpol",
                            "link vision.se → https://vision.se/");
        }
    }

    @Test
    void everyShippedBlueskyPostFitsAndEveryFacetSlicesItsLabel() throws IOException {
        List<Path> posts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SharedKit.year())) {
            files.filter(f -> f.toString().endsWith(".txt"))
                    .filter(f -> f.getParent().getFileName().toString().equals("bluesky"))
                    .filter(ShippedBlueskyTextTest::isPosted)
                    .forEach(posts::add);
        }
        assertThat(posts).hasSizeGreaterThan(300);
        for (Path post : posts) {
            String kitText = read(post);
            BlueskyText posted = BlueskyText.of(kitText);
            byte[] bytes = posted.text().getBytes(StandardCharsets.UTF_8);

            assertThat(posted.graphemes()).as(post.toString()).isLessThanOrEqualTo(300);
            assertThat(bytes.length).as(post.toString()).isLessThanOrEqualTo(3000);
            assertThat(new BlueskyLength().length(kitText))
                    .as(post.toString())
                    .isEqualTo(posted.graphemes());
            int end = 0;
            for (Facet f : posted.facets()) {
                assertThat(f.byteStart()).as(post.toString()).isGreaterThanOrEqualTo(end);
                end = f.byteEnd();
                String slice =
                        new String(
                                Arrays.copyOfRange(bytes, f.byteStart(), f.byteEnd()),
                                StandardCharsets.UTF_8);
                if (f instanceof Link l) {
                    assertThat(kitText).as(post.toString()).contains(l.uri());
                    assertThat(slice).as(post.toString()).isEqualTo(BlueskyText.of(l.uri()).text());
                } else if (f instanceof Tag t) {
                    assertThat(slice).as(post.toString()).isEqualTo("#" + t.tag());
                } else {
                    assertThat(slice).as(post.toString()).isEqualTo("@" + ((Mention) f).handle());
                }
            }
        }
    }

    /** A post or thread part; a whole thread's file ({@code local.txt} beside its parts) is not. */
    private static boolean isPosted(Path file) {
        String name = file.getFileName().toString();
        return !Files.exists(file.resolveSibling(name.replace(".txt", "-1.txt")));
    }

    private static List<String> described(BlueskyText posted) {
        byte[] bytes = posted.text().getBytes(StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (Facet f : posted.facets()) {
            String slice =
                    new String(
                            Arrays.copyOfRange(bytes, f.byteStart(), f.byteEnd()),
                            StandardCharsets.UTF_8);
            if (f instanceof Link l) {
                out.add("link " + slice + " → " + l.uri());
            } else if (f instanceof Tag t) {
                out.add("tag " + slice + " = #" + t.tag());
            } else {
                out.add("mention " + slice + " = @" + ((Mention) f).handle());
            }
        }
        return out;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
