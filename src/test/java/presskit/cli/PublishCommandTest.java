package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import presskit.publish.BuildFixture;
import presskit.publish.FakeXApi;

/** {@code presskit publish} end to end: manifest on disk, real X client, local fake API. */
class PublishCommandTest {

    static final List<String> THREAD =
            List.of(
                    "1/3 Åtta av tio socialchefer…",
                    "2/3 …säger att budgeten…",
                    "3/3 …inte räcker.");
    static final Map<String, String> KEYS =
            Map.of(
                    "X_API_KEY",
                    "api-key-1",
                    "X_API_KEY_SECRET",
                    "api-secret-1",
                    "X_ACCESS_TOKEN",
                    "access-token-1",
                    "X_ACCESS_TOKEN_SECRET",
                    "access-secret-1");

    @TempDir Path dir;

    FakeXApi api;
    final Cli cli = new Cli().environment(KEYS);

    @BeforeEach
    void start() throws Exception {
        api = new FakeXApi();
        // A live run posts only approved texts: these tests are about what happens after that.
        Approved.texts(
                dir.resolve("messages"),
                2023,
                Map.of(
                        "national/x/key-1",
                        THREAD,
                        "national/x/short-1",
                        List.of("Kort inlägg"),
                        "regions/18/x/short-1",
                        List.of("Regional post")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aDryRunShowsEveryPartAndSendsNothing() {
        national().embargo("2023-09-18T06:00:00+02:00").write();

        Cli.Run result = new Cli().execute(args("publish", "--channel", "x"));

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains(
                        "Dry run: nothing is sent. Add --live to post.",
                        "Embargo lifted at 2023-09-18 06:00 Europe/Stockholm.",
                        "national/x/key-1 part 1/3 (29/280), approved by Anna Berg on 2023-09-14"
                                + " 07:30 UTC\n  1/3 Åtta av tio socialchefer…",
                        "national/x/key-1 part 2/3 (24/280), replies to part 1",
                        "national/x/short-1 (11/280), approved by Anna Berg on 2023-09-14 07:30"
                                + " UTC\n  Kort inlägg",
                        "2 outputs, 4 requests a live run would send to "
                                + api.root()
                                + "/2/tweets.");
        assertThat(result.out()).doesNotContain("regions/18");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aDryRunNeverWritesTheLedgerNorSendsAnything() throws Exception {
        national().write();

        Cli.Run first = cli.execute(args("publish", "--channel", "x"));

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(dir.resolve("state")).doesNotExist();
        cli.execute(args("publish", "--channel", "x", "--live", "--only", "national/x/short-1"));
        byte[] ledger = Files.readAllBytes(dir.resolve("state/ledger-2023-x.json"));
        int requests = api.requests().size();

        Cli.Run again = cli.execute(args("publish", "--channel", "x"));

        assertThat(again.out())
                .contains(
                        "national/x/short-1 (11/280), approved by Anna Berg on 2023-09-14 07:30"
                                + " UTC, already posted as 1700000000000000001",
                        "2 outputs, 3 requests a live run would send to ");
        assertThat(Files.readAllBytes(dir.resolve("state/ledger-2023-x.json"))).isEqualTo(ledger);
        assertThat(api.requests()).hasSize(requests);
    }

    @Test
    void aDryRunRefusesWhatTheLiveRunWouldRefuse() {
        national().write();
        cli.execute(args("publish", "--channel", "x", "--live", "--only", "national/x/short-1"));
        new BuildFixture(dir.resolve("out"), 2023)
                .post("national/x/short-1", "national", "Ändrat inlägg")
                .write();

        Cli.Run dry = cli.execute(args("publish", "--channel", "x"));

        // The dry run goes through the live run's loop: it promises nothing the live run refuses.
        assertThat(dry.err())
                .contains(
                        "national/x/short-1: not posted again: it was posted as"
                                + " 1700000000000000001, and its text has changed since.");
        assertThat(dry.out()).contains("1 output, 0 requests a live run would send to ");
    }

    @Test
    void aLedgerThatCannotBeWrittenStopsTheLiveRunWithTheIoStatus() {
        national().write();

        Cli.Run run =
                cli.execute(
                        "publish",
                        "--channel",
                        "x",
                        "--live",
                        "--out",
                        dir.resolve("out").toString(),
                        "--messages",
                        dir.resolve("messages").toString(),
                        "--ledger-dir",
                        "/proc/presskit",
                        "--api-base-url",
                        api.root());

        assertThat(run.status()).isEqualTo(4);
        assertThat(run.err())
                .isEqualTo(
                        "presskit: cannot write the ledger in /proc/presskit: no such"
                                + " file or folder; fix that before running again\n");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aDryRunSaysWhenTheEmbargoLifts() {
        national().embargo("2099-09-18T06:00:00+02:00").write();

        assertThat(cli.execute(args("publish", "--channel", "x")).out())
                .contains("Embargo lifts at 2099-09-18 06:00 Europe/Stockholm.");
    }

    @Test
    void aLiveNationalRunPostsEveryXOutput() {
        national().write();

        Cli.Run result = cli.execute(args("publish", "--channel", "x", "--live"));

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(api.requests())
                .extracting(FakeXApi.Request::text)
                .containsExactly(THREAD.get(0), THREAD.get(1), THREAD.get(2), "Kort inlägg");
        assertThat(api.requests())
                .extracting(FakeXApi.Request::inReplyTo)
                .containsExactly(null, "1700000000000000001", "1700000000000000002", null);
        assertThat(api.requests())
                .allSatisfy(
                        r ->
                                assertThat(r.authorization())
                                        .startsWith("OAuth ")
                                        .contains("oauth_signature="));
        assertThat(result.out()).contains("4 posted, 0 already posted, 0 not posted");
        assertThat(dir.resolve("state/ledger-2023-x.json")).exists();
    }

    @Test
    void aRegionalVariantPostsOnlyItsOwnOutputs() {
        national().write();

        cli.execute(args("publish", "--channel", "x", "--live", "--variant", "18"));

        assertThat(api.requests())
                .extracting(FakeXApi.Request::text)
                .containsExactly("Regional post");
    }

    @Test
    void aLiveRunBeforeTheEmbargoPostsNothingAndSaysWhen() {
        national().embargo("2099-09-18T06:00:00+02:00").write();

        Cli.Run result = cli.execute(args("publish", "--channel", "x", "--live"));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err())
                .contains("embargo lifts at 2099-09-18 06:00 Europe/Stockholm; nothing was posted");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aDuplicateIsReportedWithExitOne() {
        national().write();
        api.then(FakeXApi.created(), FakeXApi.created(), FakeXApi.created(), FakeXApi.duplicate());

        Cli.Run result = cli.execute(args("publish", "--channel", "x", "--live"));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err())
                .contains("national/x/short-1: not posted: X refuses it as duplicate content");
        assertThat(api.requests()).hasSize(4);
    }

    @Test
    void refusedCredentialsStopTheRunWithExitThree() {
        national().write();
        api.then(
                FakeXApi.status(
                        401, "{\"title\":\"Unauthorized\",\"detail\":\"Unauthorized\"}", Map.of()));

        Cli.Run result = cli.execute(args("publish", "--channel", "x", "--live"));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.err())
                .contains("X refused the credentials (401 Unauthorized)", "X_API_KEY_SECRET");
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void exampleDataIsNeverPosted() {
        new BuildFixture(dir.resolve("out"), 2023)
                .examplePost("national/x/short-1", "Fiktivt exempel")
                .write();

        Cli.Run live = cli.execute(args("publish", "--channel", "x", "--live"));
        Cli.Run dry = cli.execute(args("publish", "--channel", "x"));

        assertThat(live.status()).isEqualTo(2);
        assertThat(live.err())
                .contains(
                        "'national/x/short-1': made from example data (example: true); example data is never posted");
        assertThat(dry.out())
                .contains(
                        "national/x/short-1 (15/280), changed since approved by Anna Berg on"
                                + " 2023-09-14 07:30 UTC: part 1, example data: never"
                                + " posted");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aYearWithoutDataIsAnError() {
        Cli.Run result =
                cli.execute(
                        "publish",
                        "--channel",
                        "x",
                        "--year",
                        "1999",
                        "--out",
                        dir.resolve("out").toString(),
                        "--messages",
                        "messages");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("no data for 1999");
    }

    @Test
    void theNewestBuildIsTheDefault() {
        new BuildFixture(dir.resolve("out"), 2022)
                .post("national/x/old", "national", "Förra året")
                .write();
        new BuildFixture(dir.resolve("out"), 2023)
                .post("national/x/new", "national", "I år")
                .write();

        assertThat(cli.execute(args("publish", "--channel", "x")).out())
                .contains("national/x/new")
                .doesNotContain("national/x/old");
    }

    @Test
    void onlyNetworksWithAPublisherCanBePublishedTo() {
        national().write();

        Cli.Run result = cli.execute(args("publish", "--channel", "linkedin"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err())
                .contains("cannot publish to channel 'linkedin' yet; supported: x, mastodon");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PT-5M | 'PT-5M' is negative; a wait is 0s or longer",
                "-5m | '-5m' is negative; a wait is 0s or longer",
                "9999999999999999999h | '9999999999999999999h' is longer than a day; give 24h or less",
                "PT2562047788015215H | 'PT2562047788015215H' is longer than a day; give 24h or less",
                "soon | 'soon' is not a duration such as 90s, 15m or 1h",
            })
    void aWaitOutsideZeroToADayIsAUsageError(String wait, String reason) {
        national().write();

        Cli.Run result =
                cli.execute(args("publish", "--channel", "x", "--live", "--max-wait", wait));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("presskit: Invalid value for option '--max-wait': " + reason + "\n");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aMissingCredentialIsNamed() {
        national().write();

        Cli.Run result =
                new Cli()
                        .environment(
                                Map.of(
                                        "X_API_KEY",
                                        "a",
                                        "X_API_KEY_SECRET",
                                        "b",
                                        "X_ACCESS_TOKEN",
                                        "c"))
                        .execute(args("publish", "--channel", "x", "--live"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("missing X credentials: X_ACCESS_TOKEN_SECRET");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void credentialsComeFromAFileOutsideTheRepository() throws Exception {
        national().write();
        Path file = dir.resolve("x.properties");
        Files.writeString(
                file,
                "X_API_KEY=k1\nX_API_KEY_SECRET=s1\nX_ACCESS_TOKEN=t1\nX_ACCESS_TOKEN_SECRET=ts1\n");

        Cli.Run result =
                new Cli()
                        .execute(
                                args(
                                        "publish",
                                        "--channel",
                                        "x",
                                        "--live",
                                        "--credentials",
                                        file.toString()));

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(api.requests().get(0).authorization()).contains("oauth_consumer_key=\"k1\"");
    }

    @Test
    void aCredentialsFileInsideAGitWorkingTreeIsRefused() throws Exception {
        national().write();
        Files.createDirectories(dir.resolve("repo/.git"));
        Path file = dir.resolve("repo/x.properties");
        Files.writeString(file, "X_API_KEY=k1\n");

        Cli.Run result =
                cli.execute(
                        args(
                                "publish",
                                "--channel",
                                "x",
                                "--live",
                                "--credentials",
                                file.toString()));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("is inside the Git working tree");
    }

    @Test
    void onlyListedIdsArePosted() {
        national().write();

        Cli.Run result =
                cli.execute(
                        args(
                                "publish",
                                "--channel",
                                "x",
                                "--live",
                                "--only",
                                "national/x/short-1"));
        Cli.Run unknown =
                cli.execute(args("publish", "--channel", "x", "--only", "national/x/nope"));

        assertThat(result.status()).isZero();
        assertThat(api.requests())
                .extracting(FakeXApi.Request::text)
                .containsExactly("Kort inlägg");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("'--only': no x post or thread 'national/x/nope' in this build");
    }

    private BuildFixture national() {
        return new BuildFixture(dir.resolve("out"), 2023)
                .thread("national/x/key-1", "national", THREAD)
                .post("national/x/short-1", "national", "Kort inlägg")
                .post("regions/18/x/short-1", "18", "Regional post");
    }

    private String[] args(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(
                List.of(
                        "--out",
                        dir.resolve("out").toString(),
                        "--messages",
                        dir.resolve("messages").toString(),
                        "--ledger-dir",
                        dir.resolve("state").toString(),
                        "--api-base-url",
                        api.root()));
        return all.toArray(String[]::new);
    }
}
