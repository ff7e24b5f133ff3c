package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.BuildFixture;
import presskit.publish.FakeXApi;
import presskit.publish.LedgerFile;
import presskit.publish.PartState;

/**
 * A real {@code kill -9} of a publishing JVM during a thread, then a re-run: X holds each part
 * exactly once, in order, as one reply chain. The fake X makes each post before it answers, so a
 * kill can land after a post exists but before the ledger says so; the re-run must find it by
 * reading, never send it again.
 */
class PublishKillTest {

    static final List<String> THREAD =
            List.of("1/3 Första delen", "2/3 Andra delen", "3/3 Tredje delen");

    @TempDir Path dir;

    @Test
    void aRunKilledMidThreadContinuesWhereItStopped() throws Exception {
        new BuildFixture(dir.resolve("out"), 2023)
                .thread("national/x/key-1", "national", THREAD)
                .post("national/x/short-1", "national", "Efter tråden")
                .write();
        Approved.texts(
                dir.resolve("messages"),
                2023,
                Map.of("national/x/key-1", THREAD, "national/x/short-1", List.of("Efter tråden")));
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (FakeXApi api = new FakeXApi()) {
            api.then(
                    FakeXApi.created(),
                    FakeXApi.created(),
                    api.createThen(
                            (request, id) -> {
                                arrived.countDown();
                                release.await();
                                return new FakeXApi.Response(
                                        201,
                                        "{\"data\":{\"id\":\"" + id + "\",\"text\":\"x\"}}",
                                        Map.of());
                            }));
            Process child = startChild(api.root());
            try {
                assertThat(arrived.await(60, TimeUnit.SECONDS))
                        .as("part 3 reached the server")
                        .isTrue();
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(
                            new LedgerFile(dir.resolve("state"), 2023, "x")
                                    .load()
                                    .part("national/x/key-1", 3)
                                    .orElseThrow()
                                    .state())
                    .isEqualTo(PartState.SENDING);
            int before = api.requests().size();

            Cli.Run rerun =
                    new Cli()
                            .environment(keys())
                            .execute(
                                    "publish",
                                    "--channel",
                                    "x",
                                    "--live",
                                    "--out",
                                    dir.resolve("out").toString(),
                                    "--messages",
                                    dir.resolve("messages").toString(),
                                    "--ledger-dir",
                                    dir.resolve("state").toString(),
                                    "--api-base-url",
                                    api.root());
            release.countDown();

            List<FakeXApi.Request> all = api.requests();
            assertThat(all.subList(0, before))
                    .extracting(FakeXApi.Request::text)
                    .containsExactly(THREAD.toArray(String[]::new));
            List<FakeXApi.Request> after = all.subList(before, all.size());
            // Part 3 was made before the kill: the re-run finds it and sends only the next post.
            assertThat(after).extracting(FakeXApi.Request::text).containsExactly("Efter tråden");
            assertThat(api.posts())
                    .extracting(FakeXApi.Post::text, FakeXApi.Post::inReplyTo)
                    .containsExactly(
                            tuple(THREAD.get(0), null),
                            tuple(THREAD.get(1), "1700000000000000001"),
                            tuple(THREAD.get(2), "1700000000000000002"),
                            tuple("Efter tråden", null));
            assertThat(rerun.status()).as(rerun.err()).isZero();
            assertThat(rerun.out())
                    .contains(
                            "national/x/key-1 part 1/3: already posted as 1700000000000000001",
                            "part 3/3: posted by an earlier run that stopped before recording it:"
                                    + " 1700000000000000003");
        }
    }

    @Test
    void randomKillsWhileXAnswers503AfterCreatingNeverPostAPartTwiceWithTheDuplicateFilter()
            throws Exception {
        killAtRandom(true, new Random(17));
    }

    @Test
    void randomKillsWhileXAnswers503AfterCreatingNeverPostAPartTwiceWithoutTheDuplicateFilter()
            throws Exception {
        killAtRandom(false, new Random(18));
    }

    /**
     * Ten trials: X makes each post and holds its answer a moment, then answers 201, or 503 for one
     * random part; the publishing JVM is killed a random time after the fake saw a random part,
     * then run again in-process.
     */
    private void killAtRandom(boolean duplicateFilter, Random random) throws Exception {
        for (int trial = 0; trial < 10; trial++) {
            Path trialDir = dir.resolve("trial-" + trial);
            new BuildFixture(trialDir.resolve("out"), 2023)
                    .thread("national/x/key-1", "national", THREAD)
                    .approveAll(trialDir.resolve("messages"))
                    .write();
            try (FakeXApi api = new FakeXApi()) {
                int seen = 1 + random.nextInt(THREAD.size());
                int failing = 1 + random.nextInt(THREAD.size());
                CountDownLatch reached = new CountDownLatch(seen);
                api.duplicateFilter(duplicateFilter)
                        .otherwise(
                                api.createThen(
                                        (request, id) -> {
                                            reached.countDown();
                                            Thread.sleep(100);
                                            boolean fails =
                                                    THREAD.indexOf(request.text()) + 1 == failing;
                                            return fails
                                                    ? new FakeXApi.Response(
                                                            503,
                                                            "{\"title\":\"Service Unavailable\"}",
                                                            Map.of())
                                                    : new FakeXApi.Response(
                                                            201,
                                                            "{\"data\":{\"id\":\""
                                                                    + id
                                                                    + "\",\"text\":\"x\"}}",
                                                            Map.of());
                                        }));
                Process child = startChild(trialDir, api.root());
                try {
                    reached.await(60, TimeUnit.SECONDS);
                    Thread.sleep(random.nextInt(1_200));
                } finally {
                    child.destroyForcibly();
                    child.waitFor(30, TimeUnit.SECONDS);
                }
                Cli.Run rerun = rerun(trialDir, api.root());

                String trialName =
                        "trial "
                                + trial
                                + " (503 for part "
                                + failing
                                + ", killed after part "
                                + seen
                                + ")";
                assertThat(rerun.status()).as(trialName + ": " + rerun.err()).isZero();
                List<FakeXApi.Post> posts = api.posts();
                assertThat(posts)
                        .as(trialName)
                        .extracting(FakeXApi.Post::text)
                        .containsExactly(THREAD.toArray(String[]::new));
                assertThat(posts.get(0).inReplyTo()).as(trialName).isNull();
                assertThat(posts.get(1).inReplyTo()).as(trialName).isEqualTo(posts.get(0).id());
                assertThat(posts.get(2).inReplyTo()).as(trialName).isEqualTo(posts.get(1).id());
                assertThat(
                                new LedgerFile(trialDir.resolve("state"), 2023, "x")
                                        .load()
                                        .part("national/x/key-1", 3)
                                        .orElseThrow()
                                        .postId())
                        .as(trialName)
                        .isEqualTo(posts.get(2).id());
            }
        }
    }

    private static Cli.Run rerun(Path trialDir, String apiRoot) {
        return new Cli()
                .environment(keys())
                .execute(
                        "publish",
                        "--channel",
                        "x",
                        "--live",
                        "--out",
                        trialDir.resolve("out").toString(),
                        "--messages",
                        trialDir.resolve("messages").toString(),
                        "--ledger-dir",
                        trialDir.resolve("state").toString(),
                        "--api-base-url",
                        apiRoot);
    }

    private Process startChild(String apiRoot, String... extra) throws Exception {
        return startChild(dir, apiRoot, extra);
    }

    private static Process startChild(Path dir, String apiRoot, String... extra) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-XX:TieredStopAtLevel=1",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName(),
                                "publish",
                                "--channel",
                                "x",
                                "--live",
                                "--out",
                                dir.resolve("out").toString(),
                                "--messages",
                                dir.resolve("messages").toString(),
                                "--ledger-dir",
                                dir.resolve("state").toString(),
                                "--api-base-url",
                                apiRoot));
        command.addAll(List.of(extra));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectOutput(dir.resolve("child.out").toFile())
                        .redirectError(dir.resolve("child.err").toFile());
        builder.environment().putAll(keys());
        return builder.start();
    }

    private static Map<String, String> keys() {
        return Map.of(
                "X_API_KEY",
                "kill-key",
                "X_API_KEY_SECRET",
                "kill-key-secret",
                "X_ACCESS_TOKEN",
                "kill-token",
                "X_ACCESS_TOKEN_SECRET",
                "kill-token-secret");
    }
}
