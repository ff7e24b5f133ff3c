package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.BuildFixture;
import presskit.publish.FakeXApi;
import presskit.publish.LedgerFile;
import presskit.publish.PartState;

/**
 * A real {@code kill -9} of a publishing JVM while X holds back its answer to part 3 of a thread;
 * the re-run must not send parts 1 and 2 again, and must send part 3 once, replying to part 2.
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
                    (request, id) -> {
                        arrived.countDown();
                        release.await();
                        return new FakeXApi.Response(
                                201, "{\"data\":{\"id\":\"" + id + "\",\"text\":\"x\"}}", Map.of());
                    });
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
            assertThat(after)
                    .extracting(FakeXApi.Request::text)
                    .containsExactly(THREAD.get(2), "Efter tråden");
            // The server numbers its answers: part 2 got ...002, the held part 3 would have been
            // ...003.
            assertThat(after.get(0).inReplyTo()).isEqualTo("1700000000000000002");
            assertThat(rerun.status()).as(rerun.err()).isZero();
            assertThat(rerun.out())
                    .contains(
                            "national/x/key-1 part 1/3: already posted as 1700000000000000001",
                            "part 3/3: was being sent when an earlier run stopped");
        }
    }

    private Process startChild(String apiRoot) throws Exception {
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
