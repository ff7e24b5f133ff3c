package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.BuildFixture;
import presskit.publish.FakeBluesky;

/**
 * {@code kill -9} of a JVM publishing a 3-part thread to Bluesky at random moments, then a re-run:
 * the PDS must hold each part exactly once, in order, as one reply chain. The fake PDS writes each
 * record before it answers, and holds the answer back a random while, so some kills land between
 * the two.
 */
class BlueskyKillTest {

    static final List<String> THREAD =
            List.of("1/3 Första delen", "2/3 Andra delen", "3/3 Tredje delen");
    static final int TRIALS = 10;

    @TempDir Path dir;

    @Test
    void everyKilledRunEndsAfterARerunWithEachPartOnceAsOneChain() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int trial = 0; trial < TRIALS; trial++) {
            Path folder = dir.resolve("trial-" + trial);
            int killAfterWrite = 1 + random.nextInt(3);
            // Every other trial kills while the record is written and its answer held back.
            boolean betweenWriteAndAnswer = trial % 2 == 0;
            long killDelay = betweenWriteAndAnswer ? 0 : random.nextInt(400);
            String trialName =
                    "trial "
                            + trial
                            + " (seed "
                            + seed
                            + ": kill "
                            + (betweenWriteAndAnswer
                                    ? "before the answer to"
                                    : killDelay + " ms after")
                            + " write "
                            + killAfterWrite
                            + ")";
            try (FakeBluesky pds = new FakeBluesky(BlueskyPublishTest.PASSWORD)) {
                new BuildFixture(folder.resolve("out"), 2026)
                        .channel("bluesky")
                        .thread("national/bluesky/key-1", "national", THREAD)
                        .approveAll(folder.resolve("messages"))
                        .write();
                AtomicInteger writes = new AtomicInteger();
                Random answers = new Random(random.nextLong());
                pds.holdWrites(
                        record -> {
                            int n = writes.incrementAndGet();
                            Thread.sleep(
                                    betweenWriteAndAnswer && n == killAfterWrite
                                            ? 5_000
                                            : answers.nextInt(300));
                        });
                Process child = startChild(folder, pds.root());
                try {
                    while (writes.get() < killAfterWrite && child.isAlive()) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(killDelay);
                } finally {
                    child.destroyForcibly();
                    child.waitFor(30, TimeUnit.SECONDS);
                }
                pds.holdWrites(record -> {});

                Cli.Run rerun = live(folder, pds.root());

                assertThat(rerun.status()).as(trialName + "\n" + rerun.err()).isZero();
                List<FakeBluesky.Stored> records = pds.records();
                assertThat(records)
                        .as(trialName)
                        .extracting(FakeBluesky.Stored::text)
                        .containsExactlyElementsOf(THREAD);
                if (betweenWriteAndAnswer) {
                    assertThat(rerun.out())
                            .as(trialName)
                            .contains(
                                    "part " + killAfterWrite + "/3: an earlier request did arrive");
                }
                assertThat(records.get(0).value().has("reply")).as(trialName).isFalse();
                FakeBluesky.Stored root = records.get(0);
                for (int i = 1; i < 3; i++) {
                    FakeBluesky.Stored parent = records.get(i - 1);
                    assertThat(BlueskyPublishTest.reply(records.get(i)))
                            .as(trialName + ", part " + (i + 1))
                            .containsExactly(root.uri(), root.cid(), parent.uri(), parent.cid());
                }
            }
        }
    }

    private Cli.Run live(Path folder, String root) {
        return new Cli()
                .environment(account())
                .execute(BlueskyPublishTest.liveArguments(folder, root));
    }

    private Process startChild(Path folder, String root) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-XX:TieredStopAtLevel=1",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName()));
        command.addAll(List.of(BlueskyPublishTest.liveArguments(folder, root)));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(folder.toFile())
                        .redirectOutput(folder.resolve("child.out").toFile())
                        .redirectError(folder.resolve("child.err").toFile());
        builder.environment().putAll(account());
        return builder.start();
    }

    private static Map<String, String> account() {
        return BlueskyPublishTest.account(FakeBluesky.HANDLE, BlueskyPublishTest.PASSWORD);
    }
}
