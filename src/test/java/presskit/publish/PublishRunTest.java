package presskit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.x.XApiRoot;
import presskit.publish.x.XCredentials;
import presskit.publish.x.XPublisher;

/**
 * The run loop with the real X client over HTTP to a local fake API, a real ledger and a recording
 * sleeper.
 */
class PublishRunTest {

    static final List<String> THREAD =
            List.of(
                    "1/3 Åtta av tio socialchefer…",
                    "2/3 …säger att budgeten…",
                    "3/3 …inte räcker. #Socialchefer");

    @TempDir Path dir;

    FakeXApi api;
    final List<Duration> sleeps = new ArrayList<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        api = new FakeXApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void postsEveryPostAndChainsTheThread() throws Exception {
        RunSummary summary =
                run(
                        fixture()
                                .thread("national/x/key-1", "national", THREAD)
                                .post("national/x/short-1", "national", "Kort inlägg"));

        List<FakeXApi.Request> requests = api.requests();
        assertThat(requests)
                .extracting(FakeXApi.Request::text)
                .containsExactly(THREAD.get(0), THREAD.get(1), THREAD.get(2), "Kort inlägg");
        assertThat(requests)
                .extracting(FakeXApi.Request::inReplyTo)
                .containsExactly(null, "1700000000000000001", "1700000000000000002", null);
        assertThat(summary.complete()).isTrue();
        assertThat(ledger().part("national/x/key-1", 3).orElseThrow().postId())
                .isEqualTo("1700000000000000003");
        assertThat(out.toString())
                .contains(
                        "posted national/x/key-1 part 2/3 ("
                                + THREAD.get(1).length()
                                + "/280)"
                                + " in reply to 1700000000000000001: 1700000000000000002");
    }

    @Test
    void aRerunSkipsWhatIsPosted() throws Exception {
        BuildFixture build = fixture().thread("national/x/key-1", "national", THREAD);
        run(build);

        RunSummary again = run(build);

        assertThat(api.requests()).hasSize(3);
        assertThat(again.alreadyPosted()).isEqualTo(3);
        assertThat(again.complete()).isTrue();
    }

    @Test
    void aServerErrorIsRetriedAndPostedOnce() throws Exception {
        api.then(FakeXApi.status(503, "{\"title\":\"Service Unavailable\"}", Map.of()));

        RunSummary summary = run(fixture().post("national/x/short-1", "national", "Hej"));

        assertThat(api.requests()).hasSize(2);
        assertThat(summary.posted()).isEqualTo(1);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void serverErrorsStopAfterThreeTriesWithThePartLeftSending() throws Exception {
        api.then(
                FakeXApi.status(500, "", Map.of()),
                FakeXApi.status(502, "", Map.of()),
                FakeXApi.status(503, "", Map.of()));

        RunSummary summary = run(fixture().post("national/x/short-1", "national", "Hej"));

        assertThat(api.requests()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(summary.stopReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("gave up after 3 tries"));
        assertThat(ledger().part("national/x/short-1", 1).orElseThrow().state())
                .isEqualTo(PartState.SENDING);
    }

    @Test
    void aRateLimitIsWaitedOutThenThePostIsSent() throws Exception {
        api.then(FakeXApi.rateLimited(Instant.now().getEpochSecond() + 2));

        RunSummary summary = run(fixture().post("national/x/short-1", "national", "Hej"));

        assertThat(api.requests()).hasSize(2);
        assertThat(summary.posted()).isEqualTo(1);
        assertThat(sleeps)
                .singleElement()
                .satisfies(
                        wait ->
                                assertThat(wait)
                                        .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(4)));
        assertThat(out.toString()).contains("rate-limited; waiting");
    }

    @Test
    void aRateLimitBeyondTheMaximumWaitStopsWithTheLedgerIntact() throws Exception {
        BuildFixture build =
                fixture()
                        .post("national/x/short-1", "national", "Ett")
                        .post("national/x/short-2", "national", "Två");
        api.then(FakeXApi.created(), FakeXApi.rateLimited(Instant.now().getEpochSecond() + 3600));

        RunSummary summary = run(build);

        assertThat(sleeps).isEmpty();
        assertThat(summary.stopReason())
                .hasValueSatisfying(
                        reason ->
                                assertThat(reason)
                                        .contains(
                                                "rate-limited until",
                                                "run the same command again after"));
        assertThat(ledger().part("national/x/short-1", 1).orElseThrow().state())
                .isEqualTo(PartState.POSTED);
        assertThat(ledger().part("national/x/short-2", 1)).isEmpty();
    }

    @Test
    void aDuplicateIsRecordedReportedAndNeverRetried() throws Exception {
        api.then(FakeXApi.duplicate());
        BuildFixture build =
                fixture()
                        .post("national/x/short-1", "national", "Hej")
                        .post("national/x/short-2", "national", "Då");

        RunSummary first = run(build);
        RunSummary second = run(build);

        assertThat(api.requests())
                .as(out + "\n" + err)
                .extracting(FakeXApi.Request::text)
                .containsExactly("Hej", "Då");
        assertThat(first.notPosted()).isEqualTo(1);
        assertThat(first.stopReason()).isEmpty();
        assertThat(second.notPosted()).isEqualTo(1);
        assertThat(ledger().part("national/x/short-1", 1).orElseThrow().state())
                .isEqualTo(PartState.REFUSED);
        assertThat(err.toString()).contains("duplicate content");
    }

    @Test
    void aCreatedAnswerWithoutIdIsNotRecordedAsPosted() throws Exception {
        api.then(FakeXApi.createdWithoutId());

        RunSummary summary = run(fixture().post("national/x/short-1", "national", "Hej"));

        assertThat(summary.posted()).isZero();
        assertThat(summary.stopReason())
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("without the new post's id"));
        LedgerPart part = ledger().part("national/x/short-1", 1).orElseThrow();
        assertThat(part.state()).isEqualTo(PartState.SENDING);
        assertThat(part.postId()).isNull();
    }

    @Test
    void aPartLeftSendingIsSentAgainAsAReplyToThePreviousPart() throws Exception {
        BuildFixture build = fixture().thread("national/x/key-1", "national", THREAD);
        Ledger ledger = new Ledger(2023, "x");
        ledger.put(
                "national/x/key-1",
                LedgerPart.sending(
                                1,
                                ContentHash.of(THREAD.get(0)),
                                Optional.empty(),
                                Optional.empty(),
                                Instant.EPOCH)
                        .posted(new PostedId("111"), Instant.EPOCH));
        ledger.put(
                "national/x/key-1",
                LedgerPart.sending(
                        2,
                        ContentHash.of(THREAD.get(1)),
                        Optional.empty(),
                        Optional.of(new PostedId("111")),
                        Instant.EPOCH));
        new LedgerFile(dir.resolve("state"), 2023, "x").save(ledger);

        run(build);

        assertThat(api.requests())
                .extracting(FakeXApi.Request::text)
                .containsExactly(THREAD.get(1), THREAD.get(2));
        assertThat(api.requests().get(0).inReplyTo()).isEqualTo("111");
        assertThat(out.toString()).contains("part 2/3: was being sent when an earlier run stopped");
    }

    @Test
    void aTextChangedAfterPostingIsReportedNotPostedAgain() throws Exception {
        run(fixture().post("national/x/short-1", "national", "Första versionen"));

        RunSummary summary =
                run(fixture().post("national/x/short-1", "national", "Andra versionen"));

        assertThat(api.requests()).hasSize(1);
        assertThat(summary.notPosted()).isEqualTo(1);
        assertThat(err.toString()).contains("its text has changed since");
    }

    @Test
    void theLedgerIsReplacedWholeWithNoTemporaryFileLeft() throws Exception {
        run(fixture().post("national/x/short-1", "national", "Hej"));

        try (var files = Files.list(dir.resolve("state"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("ledger-2023-x.json", "ledger-2023-x.json.lock");
        }
        assertThat(Files.readString(dir.resolve("state/ledger-2023-x.json")))
                .contains("\"state\" : \"posted\"", "\"sha256\"");
    }

    private BuildFixture fixture() {
        return new BuildFixture(dir.resolve("out"), 2023);
    }

    private RunSummary run(BuildFixture build) throws Exception {
        build.write();
        BuildManifest manifest = ManifestReader.read(build.yearDir());
        List<PlannedPost> posts =
                new PostPlanner(manifest)
                        .plan(new PostSelection("x", Optional.empty(), List.of()), true);
        LedgerFile file = new LedgerFile(dir.resolve("state"), 2023, "x");
        Publisher publisher =
                XPublisher.connect(
                        XApiRoot.parse(api.root()),
                        new XCredentials("key-1", "key-secret-1", "token-1", "token-secret-1"),
                        (text, parent) -> "https://x.invalid/share",
                        XPublisher.DEADLINE);
        LiveReport report = new LiveReport(new PrintWriter(out), new PrintWriter(err), file.path());
        try (LedgerFile.Lock lock = file.lock()) {
            RetryPolicy policy = RetryPolicy.standard(Duration.ofMinutes(15));
            return new PublishRun(
                            publisher,
                            policy,
                            file::save,
                            lock.ledger(),
                            Clock.systemUTC(),
                            sleeps::add,
                            report)
                    .run(posts);
        }
    }

    private Ledger ledger() {
        return new LedgerFile(dir.resolve("state"), 2023, "x").load();
    }
}
