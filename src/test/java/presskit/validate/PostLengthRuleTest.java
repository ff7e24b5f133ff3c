package presskit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.kit.Output;
import presskit.kit.OutputId;
import presskit.kit.Post;
import presskit.kit.PostThread;
import presskit.variant.Variant;

class PostLengthRuleTest {

    private static final OutputId SHORT_1 =
            OutputId.post(Variant.national(), "bluesky", "short", "1");
    private static final String PATH = "national/bluesky/short-1.txt";

    @Test
    void aPostItsNetworkRefusedWithinTheLimitIsAFinding() {
        Post post = new Post(SHORT_1, PATH, "…", 250, 300, false, List.of(), false);

        List<Diagnostic> found = check(post);

        assertThat(found)
                .extracting(Diagnostic::format)
                .containsExactly(
                        PATH
                                + ": error: 'national/bluesky/short-1': post is 250 long as bluesky"
                                + " counts it, within the limit of 300, but over another bound"
                                + " bluesky sets (Bluesky: 3000 bytes). Shorten the message or"
                                + " split it with a line holding only ---");
    }

    @Test
    void aPostItsNetworkAcceptedIsNoFinding() {
        assertThat(check(new Post(SHORT_1, PATH, "…", 250, 300, true, List.of(), false))).isEmpty();
    }

    @Test
    void aPostOverTheLimitSaysByHowMuch() {
        Post post = new Post(SHORT_1, PATH, "…", 301, 300, false, List.of(), false);

        assertThat(check(post))
                .extracting(Diagnostic::message)
                .containsExactly(
                        "post is 301 long as bluesky counts it; the limit is 300. Shorten the"
                                + " message or split it with a line holding only ---");
    }

    @Test
    void eachRefusedPartOfAThreadIsAFindingAtItsOwnFile() {
        PostThread thread =
                new PostThread(
                        SHORT_1,
                        PATH,
                        List.of(
                                new PostThread.Part(
                                        "national/bluesky/short-1-1.txt", "Ett 1/2", 7, true),
                                new PostThread.Part(
                                        "national/bluesky/short-1-2.txt", "Två 2/2", 7, false)),
                        16,
                        300,
                        List.of(),
                        false,
                        12);

        List<Diagnostic> found = check(thread);

        assertThat(found)
                .extracting(Diagnostic::file)
                .containsExactly("national/bluesky/short-1-2.txt");
        assertThat(found.get(0).message())
                .startsWith("post (part 2 of 2) is 7 long as bluesky counts it");
    }

    private static List<Diagnostic> check(Output output) {
        return new PostLengthRule().check(null, new Kit(2023, null, List.of(output), List.of()));
    }
}
