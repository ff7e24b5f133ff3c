package presskit.publish.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import presskit.publish.FakeMastodon;
import presskit.publish.PartRequest;
import presskit.publish.PlannedPost;
import presskit.publish.PostedId;
import presskit.publish.PublishFailure;

/** {@link MastodonPublisher} against a local instance: what it sends, and how it reads answers. */
class MastodonPublisherTest {

    FakeMastodon instance;

    @BeforeEach
    void start() throws Exception {
        instance = new FakeMastodon();
    }

    @AfterEach
    void stop() {
        instance.close();
    }

    @Test
    void aDribblingAnswerIsCutOffAtTheDeadline() {
        // Two hundred bytes a quarter of a second apart: the answer would take nearly a minute.
        instance.then(FakeMastodon.dribbling(Duration.ofMillis(250)));
        MastodonPublisher publisher = publisher(Duration.ofSeconds(1));

        PublishFailure failure =
                assertThrows(PublishFailure.class, () -> publisher.post(request("Droppvis")));

        assertThat(failure.kind()).isEqualTo(PublishFailure.Kind.TRANSIENT);
        assertThat(failure.mayHaveArrived()).isTrue();
        assertThat(failure.getMessage())
                .isEqualTo("no complete answer from the instance within 1 s");
        assertThat(instance.dribbleFinished()).as("the answer was still coming").isFalse();
    }

    @Test
    void aRepeatedKeyGetsTheStatusTheInstanceMadeForIt() throws Exception {
        instance.then(FakeMastodon.unavailableAfterCreating());
        MastodonPublisher publisher = publisher(Duration.ofSeconds(10));
        PartRequest request = request("En gång");

        PublishFailure failure = assertThrows(PublishFailure.class, () -> publisher.post(request));
        PostedId id = publisher.post(request);

        assertThat(failure.mayHaveArrived()).isTrue();
        assertThat(instance.statuses())
                .singleElement()
                .extracting(FakeMastodon.Status::id)
                .isEqualTo(id.value());
    }

    @Test
    void aRateLimitCarriesTheAnnouncedResetTime() {
        Instant reset = Instant.parse("2030-01-01T12:05:00.123456Z");
        instance.then(FakeMastodon.rateLimited(reset));

        PublishFailure failure =
                assertThrows(
                        PublishFailure.class,
                        () -> publisher(Duration.ofSeconds(10)).post(request("Vänta")));

        assertThat(failure.kind()).isEqualTo(PublishFailure.Kind.RATE_LIMITED);
        assertThat(failure.resetAt()).contains(reset);
        assertThat(instance.statuses()).isEmpty();
    }

    @Test
    void aServerThatIsNotThereCannotHaveGotThePost() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        MastodonPublisher publisher =
                MastodonPublisher.connect(
                        MastodonInstance.parse("http://127.0.0.1:" + port, "--api-base-url"),
                        new MastodonToken(FakeMastodon.TOKEN),
                        Visibility.PUBLIC,
                        Duration.ofSeconds(5));

        PublishFailure failure =
                assertThrows(PublishFailure.class, () -> publisher.post(request("Ingen")));

        assertThat(failure.kind()).isEqualTo(PublishFailure.Kind.TRANSIENT);
        assertThat(failure.mayHaveArrived()).isFalse();
        assertThat(failure.getMessage())
                .isEqualTo(
                        "cannot reach the instance (connection refused); check --api-base-url or"
                                + " MASTODON_INSTANCE");
    }

    @Test
    void anInstanceIsAnHttpsAddressOrABareHostName() {
        assertThat(MastodonInstance.parse("mastodon.example", "MASTODON_INSTANCE").statusesUrl())
                .isEqualTo("https://mastodon.example/api/v1/statuses");
        assertThat(MastodonInstance.parse("https://mastodon.example/", "--api-base-url").root())
                .isEqualTo("https://mastodon.example");
        assertThat(
                        assertThrows(
                                        RuntimeException.class,
                                        () ->
                                                MastodonInstance.parse(
                                                        "http://mastodon.example",
                                                        "MASTODON_INSTANCE"))
                                .getMessage())
                .isEqualTo(
                        "invalid MASTODON_INSTANCE 'http://mastodon.example': plain http is only"
                                + " allowed to this machine (127.0.0.1, localhost)");
    }

    private MastodonPublisher publisher(Duration deadline) {
        return MastodonPublisher.connect(
                MastodonInstance.parse(instance.root(), "--api-base-url"),
                new MastodonToken(FakeMastodon.TOKEN),
                Visibility.PUBLIC,
                deadline);
    }

    private static PartRequest request(String text) {
        PlannedPost.Part part = new PlannedPost.Part(1, text, text.length(), 500);
        PlannedPost post = new PlannedPost("national/mastodon/short-1", List.of(part), false);
        return new PartRequest(
                post,
                part,
                Optional.of("3f1c2a9e-0000-4000-8000-000000000001"),
                Optional.empty(),
                Optional.empty());
    }
}
