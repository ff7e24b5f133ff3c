package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.BuildFixture;
import presskit.publish.FakeMastodon;
import presskit.publish.LedgerFile;

/**
 * {@code presskit publish --channel mastodon} end to end: a build on disk, the real client, and a
 * local instance that answers as Mastodon does.
 */
class MastodonPublishTest {

    static final List<String> THREAD =
            List.of("1/3 Åtta av tio lärare…", "2/3 …säger att tiden…", "3/3 …inte räcker.");
    static final String THREAD_ID = "national/mastodon/key-1";
    static final Map<String, String> TOKEN = Map.of("MASTODON_ACCESS_TOKEN", FakeMastodon.TOKEN);

    @TempDir Path dir;

    FakeMastodon instance;
    final Cli cli = new Cli().environment(TOKEN);

    @BeforeEach
    void start() throws Exception {
        instance = new FakeMastodon();
        new BuildFixture(dir.resolve("out"), 2023)
                .thread(THREAD_ID, "national", THREAD)
                .post("national/mastodon/short-1", "national", "Kort inlägg")
                .post("national/x/short-1", "national", "Bara på X")
                .approveAll(dir.resolve("messages"))
                .write();
    }

    @AfterEach
    void stop() {
        instance.close();
    }

    @Test
    void aMunicipalityPostThatTagsPoliticiansIsPostedWithAWarningAboutUnsolicitedMentions() {
        // Invented handles: the branch's committee as its file would list them.
        String local = "Hur många lärare saknas i Exempelby, @ordf@exempel.social? #skolan";
        new BuildFixture(dir.resolve("out"), 2023)
                .post("1880/mastodon/local-1", "1880", local)
                .approveAll(dir.resolve("messages"))
                .write();

        Cli.Run run = cli.execute(append(live(), "--variant", "1880"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(instance.statuses())
                .extracting(FakeMastodon.Status::text)
                .containsExactly(local);
        assertThat(run.err())
                .contains("warning: posts of 1880 mention @ordf@exempel.social", "unsolicited");
    }

    private static String[] append(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aThreadIsPostedAsAReplyChainWithOneKeyPerPart() {
        Cli.Run run = cli.execute(live());

        assertThat(run.status()).as(run.err()).isZero();
        List<FakeMastodon.Status> statuses = instance.statuses();
        assertThat(statuses)
                .extracting(FakeMastodon.Status::text)
                .containsExactly(THREAD.get(0), THREAD.get(1), THREAD.get(2), "Kort inlägg");
        assertThat(statuses.get(0).inReplyToId()).isNull();
        assertThat(statuses.get(1).inReplyToId()).isEqualTo(statuses.get(0).id());
        assertThat(statuses.get(2).inReplyToId()).isEqualTo(statuses.get(1).id());
        assertThat(statuses.get(3).inReplyToId()).isNull();
        assertThat(statuses)
                .allSatisfy(
                        s -> {
                            assertThat(s.language()).isEqualTo("sv");
                            assertThat(s.visibility()).isEqualTo("public");
                        });
        List<FakeMastodon.Request> requests = instance.requests();
        assertThat(requests)
                .allSatisfy(
                        r ->
                                assertThat(r.authorization())
                                        .isEqualTo("Bearer " + FakeMastodon.TOKEN));
        assertThat(keys(requests)).doesNotContainNull().doesNotHaveDuplicates().hasSize(4);
        // Each key was in the ledger before its request, and stays there.
        LedgerFile ledger = new LedgerFile(dir.resolve("state"), 2023, "mastodon");
        for (int part = 1; part <= 3; part++) {
            assertThat(ledger.load().part(THREAD_ID, part).orElseThrow().networkKey())
                    .contains(requests.get(part - 1).idempotencyKey());
        }
        assertThat(run.out()).contains(THREAD_ID + " part 3/3").doesNotContain("Bara på X");
    }

    @Test
    void aServerErrorIsRetriedUnderTheSameKeyAndPostsEachPartOnce() {
        instance.then(
                FakeMastodon.created(),
                FakeMastodon.unavailableAfterCreating(),
                FakeMastodon.created(),
                FakeMastodon.unavailable(),
                FakeMastodon.created());

        Cli.Run run = cli.execute(live());

        assertThat(run.status()).as(run.err()).isZero();
        assertOnceEachAsOneChain();
        List<String> keys = keys(instance.requests());
        assertThat(keys).hasSize(6);
        assertThat(keys.get(2)).as("the retry of part 2").isEqualTo(keys.get(1));
        assertThat(keys.get(4)).as("the retry of part 3").isEqualTo(keys.get(3));
        assertThat(List.of(keys.get(0), keys.get(1), keys.get(3), keys.get(5)))
                .doesNotHaveDuplicates();
        assertThat(run.out()).contains("the instance answered 503; trying again");
    }

    @Test
    void aRateLimitWaitsUntilTheAnnouncedResetAndPostsEachPartOnce() {
        instance.then(
                FakeMastodon.created(),
                FakeMastodon.rateLimited(Instant.now().plusSeconds(40)),
                FakeMastodon.created());

        Cli.Run run = cli.execute(live());

        assertThat(run.status()).as(run.err()).isZero();
        assertOnceEachAsOneChain();
        List<String> keys = keys(instance.requests());
        assertThat(keys.get(2)).isEqualTo(keys.get(1));
        assertThat(cli.sleeps)
                .anySatisfy(
                        wait ->
                                assertThat(wait)
                                        .isBetween(Duration.ofSeconds(30), Duration.ofSeconds(45)));
        assertThat(run.out()).contains("rate-limited; waiting");
    }

    @Test
    void aRefusedStatusIsReportedInTheInstancesOwnWords() {
        instance.then(
                FakeMastodon.rejected("Validation failed: Text character limit of 500 exceeded"));

        Cli.Run run = cli.execute(live());

        assertThat(run.status()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.err())
                .contains(
                        THREAD_ID
                                + " part 1/3: not posted: the instance refused the status (422"
                                + " Validation failed: Text character limit of 500 exceeded)");
        assertThat(instance.statuses())
                .extracting(FakeMastodon.Status::text)
                .containsExactly("Kort inlägg");
    }

    @Test
    void aWrongTokenNamesTheVariableAndNeverShowsTheToken() {
        Cli.Run run =
                new Cli()
                        .environment(Map.of("MASTODON_ACCESS_TOKEN", "Wr0ngT0kenValue"))
                        .execute(live());

        assertThat(run.status()).isEqualTo(ExitCode.NETWORK.code());
        assertThat(run.err())
                .contains(
                        "the instance refused the access token (401 The access token is"
                                + " invalid). Check MASTODON_ACCESS_TOKEN")
                .doesNotContain("Wr0ngT0kenValue");
    }

    @Test
    void aTokenWithoutTheScopeSaysWhichScopeItNeeds() {
        instance.then(FakeMastodon.status(403, "This action is outside the authorized scopes"));

        Cli.Run run = cli.execute(live());

        assertThat(run.status()).isEqualTo(ExitCode.NETWORK.code());
        assertThat(run.err())
                .contains("outside the authorized scopes", "needs the scope write:statuses");
    }

    @Test
    void theInstanceComesFromTheEnvironmentAndVisibilityFromTheOption() {
        Cli.Run run =
                new Cli()
                        .environment(
                                Map.of(
                                        "MASTODON_ACCESS_TOKEN",
                                        FakeMastodon.TOKEN,
                                        "MASTODON_INSTANCE",
                                        instance.root()))
                        .execute(
                                "publish",
                                "--channel",
                                "mastodon",
                                "--live",
                                "--visibility",
                                "unlisted",
                                "--only",
                                "national/mastodon/short-1",
                                "--out",
                                dir.resolve("out").toString(),
                                "--messages",
                                dir.resolve("messages").toString(),
                                "--ledger-dir",
                                dir.resolve("state").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(instance.statuses())
                .singleElement()
                .extracting(FakeMastodon.Status::visibility)
                .isEqualTo("unlisted");
    }

    @Test
    void theTokenCanComeFromAPropertiesFileOutsideTheRepository() throws Exception {
        Path file = dir.resolve("config/mastodon.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "MASTODON_ACCESS_TOKEN=" + FakeMastodon.TOKEN + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> args = new ArrayList<>(List.of(live()));
        args.addAll(List.of("--credentials", file.toString()));

        Cli.Run run = new Cli().execute(args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err())
                .contains(
                        "presskit: warning: credentials file "
                                + file
                                + " can be read by other users");
        assertThat(instance.statuses()).hasSize(4);
    }

    @Test
    void anInstanceThatIsNotAnAddressIsAUsageErrorNamingTheVariable() {
        Cli.Run run =
                new Cli()
                        .environment(Map.of("MASTODON_INSTANCE", "http://mastodon.example"))
                        .execute(
                                "publish",
                                "--channel",
                                "mastodon",
                                "--out",
                                dir.resolve("out").toString(),
                                "--messages",
                                dir.resolve("messages").toString());

        assertThat(run.status()).isEqualTo(ExitCode.USAGE_OR_INPUT.code());
        assertThat(run.err())
                .contains(
                        "invalid MASTODON_INSTANCE 'http://mastodon.example': plain http is only"
                                + " allowed to this machine");
    }

    @Test
    void aLiveRunWithoutAnInstanceIsAUsageErrorAndTheDryRunSaysSo() {
        List<String> base =
                List.of(
                        "publish",
                        "--channel",
                        "mastodon",
                        "--out",
                        dir.resolve("out").toString(),
                        "--messages",
                        dir.resolve("messages").toString(),
                        "--ledger-dir",
                        dir.resolve("state").toString());

        Cli.Run dry = cli.execute(base.toArray(String[]::new));
        List<String> live = new ArrayList<>(base);
        live.add("--live");
        Cli.Run run = cli.execute(live.toArray(String[]::new));

        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out())
                .contains(
                        THREAD_ID + " part 2/3 (21/280), replies to part 1",
                        "2 outputs, 4 requests a live run would send to (no instance set: give"
                                + " --api-base-url or MASTODON_INSTANCE) as public posts.");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE_OR_INPUT.code());
        assertThat(run.err())
                .contains(
                        "no Mastodon instance to post to: give --api-base-url"
                                + " https://your.instance or set MASTODON_INSTANCE");
        assertThat(instance.requests()).isEmpty();
    }

    @Test
    void visibilityIsMastodonsAlone() {
        Cli.Run forX =
                cli.execute(
                        "publish",
                        "--channel",
                        "x",
                        "--visibility",
                        "unlisted",
                        "--out",
                        dir.resolve("out").toString(),
                        "--messages",
                        dir.resolve("messages").toString());
        Cli.Run unknown =
                cli.execute(
                        "publish",
                        "--channel",
                        "mastodon",
                        "--visibility",
                        "direct",
                        "--out",
                        dir.resolve("out").toString(),
                        "--messages",
                        dir.resolve("messages").toString());

        assertThat(forX.status()).isEqualTo(ExitCode.USAGE_OR_INPUT.code());
        assertThat(forX.err()).contains("--visibility is only for --channel mastodon");
        assertThat(unknown.status()).isEqualTo(ExitCode.USAGE_OR_INPUT.code());
        assertThat(unknown.err())
                .contains("invalid --visibility 'direct': use public, unlisted, private");
    }

    private void assertOnceEachAsOneChain() {
        List<FakeMastodon.Status> statuses = instance.statuses();
        assertThat(statuses)
                .extracting(FakeMastodon.Status::text)
                .containsExactly(THREAD.get(0), THREAD.get(1), THREAD.get(2), "Kort inlägg");
        assertThat(statuses.get(1).inReplyToId()).isEqualTo(statuses.get(0).id());
        assertThat(statuses.get(2).inReplyToId()).isEqualTo(statuses.get(1).id());
    }

    private static List<String> keys(List<FakeMastodon.Request> requests) {
        return requests.stream().map(FakeMastodon.Request::idempotencyKey).toList();
    }

    private String[] live() {
        return new String[] {
            "publish",
            "--channel",
            "mastodon",
            "--live",
            "--out",
            dir.resolve("out").toString(),
            "--messages",
            dir.resolve("messages").toString(),
            "--ledger-dir",
            dir.resolve("state").toString(),
            "--api-base-url",
            instance.root()
        };
    }
}
