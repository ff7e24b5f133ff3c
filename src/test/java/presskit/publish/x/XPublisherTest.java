package presskit.publish.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import presskit.publish.FakeXApi;
import presskit.publish.PartRequest;
import presskit.publish.PlannedPost;
import presskit.publish.PostedId;
import presskit.publish.PublishFailure;
import presskit.publish.PublishFailure.Kind;
import presskit.publish.PublishSetupException;
import twitter4j.Logger;

/** The real Twitter4J client against a local fake of X's v2 API. */
class XPublisherTest {

    static final XCredentials KEYS =
            new XCredentials("key-AAA", "key-secret-BBB", "token-CCC", "token-secret-DDD");

    FakeXApi api;
    XPublisher publisher;

    @BeforeEach
    void start() throws Exception {
        api = new FakeXApi();
        publisher = connect(XPublisher.DEADLINE);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void postsTheExactTextAsASignedReplyToV2Tweets() throws Exception {
        String text = "Åtta av tio \"chefer\" 🎉\nhttps://example.org/a?b=c&d=e #Socialchefer";

        PostedId id = publisher.post(text, Optional.of(new PostedId("1700000000000000000")));

        FakeXApi.Request request = api.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2/tweets");
        assertThat(request.text()).isEqualTo(text);
        assertThat(request.inReplyTo()).isEqualTo("1700000000000000000");
        assertThat(request.authorization())
                .startsWith("OAuth ")
                .contains(
                        "oauth_consumer_key=\"key-AAA\"",
                        "oauth_token=\"token-CCC\"",
                        "oauth_signature=");
        assertThat(id.value()).isEqualTo("1700000000000000001");
    }

    @Test
    void aFirstPostHasNoReply() throws Exception {
        publisher.post("first", Optional.empty());

        assertThat(api.requests().get(0).inReplyTo()).isNull();
        assertThat(api.requests().get(0).body()).doesNotContain("reply");
    }

    @Test
    void aCreatedAnswerWithoutIdIsAFailureThatMayHavePosted() {
        api.then(FakeXApi.createdWithoutId());

        PublishFailure failure = failureOf("text");

        assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(failure.mayHaveArrived()).isTrue();
        assertThat(failure).hasMessageContaining("without the new post's id");
    }

    @Test
    void duplicateContentIsItsOwnKind() {
        api.then(FakeXApi.duplicate());

        assertThat(failureOf("text").kind()).isEqualTo(Kind.DUPLICATE);
    }

    @Test
    void rateLimitCarriesTheAnnouncedReset() {
        long reset = Instant.now().getEpochSecond() + 120;
        api.then(FakeXApi.rateLimited(reset));

        PublishFailure failure = failureOf("text");

        assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(failure.resetAt()).contains(Instant.ofEpochSecond(reset));
    }

    @Test
    void unauthorizedNamesTheCredentialsToCheck() {
        api.then(
                FakeXApi.status(
                        401,
                        "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Unauthorized\"}",
                        Map.of()));

        PublishFailure failure = failureOf("text");

        assertThat(failure.kind()).isEqualTo(Kind.AUTH);
        assertThat(failure)
                .hasMessageContaining("X_ACCESS_TOKEN_SECRET")
                .hasMessageContaining("401 Unauthorized");
    }

    @Test
    void forbiddenOtherThanDuplicateNamesTheAppPermission() {
        api.then(
                FakeXApi.status(
                        403,
                        "{\"title\":\"Forbidden\",\"detail\":\"You are not permitted to perform this action.\"}",
                        Map.of()));

        PublishFailure failure = failureOf("text");

        assertThat(failure.kind()).isEqualTo(Kind.AUTH);
        assertThat(failure).hasMessageContaining("\"Read and write\"");
    }

    @Test
    void serverErrorsAreTransient() {
        api.then(FakeXApi.status(503, "", Map.of()));

        assertThat(failureOf("text").kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aRefusedConnectionIsTransientAndCannotHavePosted() throws Exception {
        XPublisher nowhere = connect(XPublisher.DEADLINE);
        api.close();

        PublishFailure failure =
                catchThrowableOfType(
                        PublishFailure.class, () -> nowhere.post("text", Optional.empty()));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.mayHaveArrived()).isFalse();
    }

    @Test
    void aPublisherBuiltForADryRunSendsNothingAndNeedsNoCredentials() throws Exception {
        XPublisher dry = XPublisher.dryRun(XApiRoot.parse(api.root()));

        assertThat(dry.post("text", Optional.empty())).isEqualTo(XPublisher.NOT_SENT);
        assertThat(dry.post("reply", Optional.of(new PostedId("1700000000000000001"))))
                .isEqualTo(XPublisher.NOT_SENT);
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void twitter4jStaysSilentWithoutAProcessWideSetting() throws Exception {
        publisher.post("text", Optional.empty());

        // NullLogger is package-private in Twitter4J, hence the name.
        assertThat(Logger.getLogger(XPublisherTest.class).getClass().getSimpleName())
                .isEqualTo("NullLogger");
        assertThat(System.getProperty("twitter4j.loggerFactory")).isNull();
    }

    @Test
    void theApiRootMustBeHttpsUnlessLocal() {
        assertThat(XApiRoot.parse("https://api.x.com/").tweetsUrl())
                .isEqualTo("https://api.x.com/2/tweets");
        assertThat(XApiRoot.parse("http://127.0.0.1:8080").tweetsUrl())
                .isEqualTo("http://127.0.0.1:8080/2/tweets");
        assertThatThrownBy(() -> XApiRoot.parse("http://api.x.com"))
                .isInstanceOf(PublishSetupException.class)
                .hasMessageContaining("plain http");
        assertThatThrownBy(() -> XApiRoot.parse("ftp://api.x.com"))
                .isInstanceOf(PublishSetupException.class);
    }

    @Test
    void credentialsNeverShowInToString() {
        assertThat(KEYS.toString()).doesNotContain("AAA", "BBB", "CCC", "DDD");
    }

    @Test
    void findsAPostByItsTextAlthoughXShortenedItsLinkAndEscapedItsAmpersand() throws Exception {
        String text = "Åtta av tio & fler <3\nhttps://example.org/a?b=c&d=e #Socialchefer";
        api.otherwise(
                api.createThen(FakeXApi.status(503, "{\"title\":\"Unavailable\"}", Map.of())));

        assertThat(failureOf(text).mayHaveArrived()).isTrue();
        assertThat(api.posts()).extracting(FakeXApi.Post::text).containsExactly(text);

        Optional<PostedId> found = publisher.find(request(text, Optional.empty()));

        assertThat(found).contains(new PostedId(api.posts().get(0).id()));
        assertThat(api.lookups())
                .extracting(FakeXApi.Request::path)
                .containsExactly("/2/users/me", "/2/users/4242/tweets");
    }

    @Test
    void findsAReplyOnlyUnderItsParent() throws Exception {
        PostedId first = publisher.post("1/2 Ett", Optional.empty());
        PostedId reply = publisher.post("2/2 Två", Optional.of(first));
        publisher.post("2/2 Två", Optional.empty());

        assertThat(publisher.find(request("2/2 Två", Optional.of(first)))).contains(reply);
        assertThat(publisher.find(request("2/2 Två", Optional.of(new PostedId("17"))))).isEmpty();
        assertThat(publisher.find(request("2/2 Tre", Optional.of(first)))).isEmpty();
    }

    @Test
    void aReplyXRefusesBecauseTheAuthorDidNotSummonItIsItsOwnKindWithTheShareLink() {
        api.then(FakeXApi.notSummoned());

        PublishFailure failure =
                catchThrowableOfType(
                        PublishFailure.class,
                        () -> publisher.post("2/2 Två", Optional.of(new PostedId("1700"))));

        assertThat(failure.kind()).isEqualTo(Kind.REPLY_REFUSED);
        assertThat(failure.mayHaveArrived()).isFalse();
        assertThat(failure)
                .hasMessageContaining("not been mentioned or otherwise engaged")
                .hasMessageContaining("by hand")
                .hasMessageContaining("share:2/2 Två:1700");
    }

    @Test
    void aDribbledAnswerIsCutOffAtTheDeadlineAndMayHavePosted() throws Exception {
        XPublisher hurried = connect(Duration.ofMillis(300));
        api.then(api.createThen(FakeXApi.dribbled(Duration.ofSeconds(2))));

        PublishFailure failure =
                catchThrowableOfType(
                        PublishFailure.class, () -> hurried.post("text", Optional.empty()));

        assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(failure.mayHaveArrived()).isTrue();
        assertThat(failure).hasMessageContaining("did not finish answering within");
        assertThat(api.posts()).hasSize(1);
    }

    private XPublisher connect(Duration deadline) {
        return XPublisher.connect(
                XApiRoot.parse(api.root()),
                KEYS,
                (text, parent) -> "share:" + text + ":" + parent.orElse(""),
                deadline);
    }

    private static PartRequest request(String text, Optional<PostedId> parent) {
        PlannedPost.Part part = new PlannedPost.Part(1, text, text.length(), 280);
        return new PartRequest(
                new PlannedPost("national/x/key-1", List.of(part), false),
                part,
                Optional.empty(),
                parent,
                parent);
    }

    private PublishFailure failureOf(String text) {
        return catchThrowableOfType(
                PublishFailure.class, () -> publisher.post(text, Optional.empty()));
    }
}
