package presskit.publish.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import presskit.publish.FakeBluesky;
import presskit.publish.PartRequest;
import presskit.publish.PlannedPost;
import presskit.publish.PublishFailure;

/** The Bluesky publisher's own rules, apart from the run loop: keys, length and deadline. */
class BlueskyPublisherTest {

    static final String PASSWORD = "abcd-Zq9e-fgh2-ijk3";

    @Test
    void recordKeysAreTidsThatSortByTimeAndNeverRepeat() {
        Instant at = Instant.parse("2026-09-18T06:00:00.123456Z");
        // A clock that stands still: the keys must still differ and rise.
        Tid tids = new Tid(Clock.fixed(at, ZoneOffset.UTC));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(tids.next());
        }
        assertThat(keys)
                .allMatch(k -> Tid.SYNTAX.matcher(k).matches())
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(Tid.time(keys.get(0))).isEqualTo(at);
        // The AT Protocol documentation's example key, made at the moment of its example post.
        assertThat(Tid.time("3k4duaz5vfs2b")).isEqualTo(Instant.parse("2023-08-07T05:31:12.411Z"));
    }

    @Test
    void aTextOverThreeHundredGraphemesAfterShorteningIsRefusedBeforeAnythingIsSent()
            throws Exception {
        // 290 graphemes of text and a link Bluesky shows as 31 more (host and 13 + "...").
        String text = "a".repeat(289) + " https://skolfacket.example.se/rapporter/lang-adress";
        BlueskyPublisher dryRun = BlueskyPublisher.dryRun(BlueskyRoot.parse("http://127.0.0.1:9"));

        PublishFailure refused =
                catchThrowableOfType(
                        () -> dryRun.post(request(text, dryRun.newKey())), PublishFailure.class);

        assertThat(refused.kind()).isEqualTo(PublishFailure.Kind.REJECTED);
        assertThat(refused.mayHaveArrived()).isFalse();
        assertThat(refused.getMessage())
                .isEqualTo(
                        "its text is 327 graphemes with its links shortened as Bluesky shows"
                                + " them; Bluesky takes at most 300 graphemes and 3000 bytes."
                                + " Shorten the message and build again");
    }

    @Test
    void aServerThatDribblesItsAnswerCannotHoldAPostPastTheDeadline() throws Exception {
        try (FakeBluesky pds = new FakeBluesky(PASSWORD)) {
            pds.dribbleAfterWriting(1);
            BlueskyPublisher publisher = connect(pds, Duration.ofSeconds(2));
            PartRequest request = request("Kort", publisher.newKey());

            PublishFailure failure =
                    catchThrowableOfType(() -> publisher.post(request), PublishFailure.class);

            assertThat(failure.kind()).isEqualTo(PublishFailure.Kind.TRANSIENT);
            assertThat(failure.mayHaveArrived()).isTrue();
            assertThat(failure.getMessage())
                    .isEqualTo("Bluesky did not answer com.atproto.repo.putRecord within 2 s");
            // The record was written before the answer: reading finds it under the same key.
            assertThat(publisher.find(request)).isPresent();
        }
    }

    @Test
    void tokensAndThePasswordNeverReachAMessage() throws Exception {
        try (FakeBluesky pds = new FakeBluesky(PASSWORD)) {
            BlueskyPublisher publisher = connect(pds, Duration.ofSeconds(5));
            publisher.post(request("Ett", publisher.newKey()));
            Set<String> secrets = new HashSet<>(pds.issuedTokens());
            secrets.add(PASSWORD);
            assertThat(new BlueskyCredentials("@x.bsky.social", PASSWORD).toString())
                    .doesNotContain(PASSWORD);
            BlueskyFailures failures = new BlueskyFailures();
            secrets.forEach(failures::secret);
            String echoed = "request had Bearer " + String.join(" ", secrets);
            assertThat(
                            failures.of(
                                            "com.atproto.repo.putRecord",
                                            new Xrpc.Answer(
                                                    400,
                                                    Xrpc.JSON
                                                            .createObjectNode()
                                                            .put("error", "InvalidRequest")
                                                            .put("message", echoed),
                                                    Optional.empty()),
                                            true)
                                    .getMessage())
                    .contains("[redacted]")
                    .satisfies(m -> secrets.forEach(s -> assertThat(m).doesNotContain(s)));
        }
    }

    private static BlueskyPublisher connect(FakeBluesky pds, Duration deadline) {
        return BlueskyPublisher.connect(
                BlueskyRoot.parse(pds.root()),
                new BlueskyCredentials(FakeBluesky.HANDLE, PASSWORD),
                List.of(),
                note -> {},
                deadline);
    }

    private static PartRequest request(String text, Optional<String> key) {
        PlannedPost.Part part = new PlannedPost.Part(1, text, text.length(), 300);
        PlannedPost post = new PlannedPost("national/bluesky/short-1", List.of(part), false);
        return new PartRequest(post, part, key, Optional.empty(), Optional.empty());
    }
}
