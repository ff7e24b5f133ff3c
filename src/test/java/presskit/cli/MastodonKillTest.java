package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.BuildFixture;
import presskit.publish.FakeMastodon;
import presskit.publish.LedgerFile;
import presskit.publish.LedgerPart;
import presskit.publish.PartState;

/**
 * {@code kill -9} of a JVM posting a 3-part thread to Mastodon, at random moments, then a re-run:
 * the instance must hold each part exactly once, in order, as one reply chain. The fake instance
 * makes each status before it answers and holds the answer back, so some kills land after the
 * status exists but before the ledger says so.
 */
class MastodonKillTest {

    static final List<String> THREAD =
            List.of("1/3 Första delen", "2/3 Andra delen", "3/3 Tredje delen");
    static final String THREAD_ID = "national/mastodon/key-1";
    static final Duration HOLD = Duration.ofMillis(300);
    static final int TRIALS = 10;

    @TempDir Path dir;

    @Test
    void killedAtRandomMomentsThenRunAgainEachPartIsPostedOnceAsOneChain() throws Exception {
        Random random = new Random(17);
        int leftSending = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            // Half the kills land while the instance holds back its answer to request k.
            int k = 1 + random.nextInt(THREAD.size());
            long delay =
                    trial % 2 == 0
                            ? random.nextInt((int) HOLD.toMillis() / 2)
                            : random.nextInt(2 * (int) HOLD.toMillis());
            leftSending += trial(dir.resolve("trial-" + trial), k, delay) ? 1 : 0;
        }
        assertThat(leftSending)
                .as("trials whose kill left a part the instance had made but not answered")
                .isPositive();
    }

    /** One kill and a re-run; true when the kill left a part in the ledger as sending. */
    private boolean trial(Path folder, int k, long delayMillis) throws Exception {
        new BuildFixture(folder.resolve("out"), 2023)
                .thread(THREAD_ID, "national", THREAD)
                .approveAll(folder.resolve("messages"))
                .write();
        try (FakeMastodon instance = new FakeMastodon()) {
            CountDownLatch seen = new CountDownLatch(1);
            AtomicInteger made = new AtomicInteger();
            FakeMastodon.Reply slow =
                    (request, fake) -> {
                        fake.create(request);
                        if (made.incrementAndGet() == k) {
                            seen.countDown();
                        }
                        return FakeMastodon.slow(HOLD).answer(request, fake);
                    };
            instance.then(slow, slow, slow, slow, slow, slow);
            Process child = start(folder, instance.root());
            try {
                assertThat(seen.await(60, TimeUnit.SECONDS))
                        .as("request %d reached the instance", k)
                        .isTrue();
                Thread.sleep(delayMillis);
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            instance.forget();
            boolean sending = ledger(folder).stream().anyMatch(p -> p.state() == PartState.SENDING);

            Cli.Run rerun =
                    new Cli()
                            .environment(Map.of("MASTODON_ACCESS_TOKEN", FakeMastodon.TOKEN))
                            .execute(args(folder, instance.root()).toArray(String[]::new));

            String trial = "kill after request " + k + " + " + delayMillis + " ms";
            assertThat(rerun.status()).as(trial + ": " + rerun.all()).isZero();
            List<FakeMastodon.Status> statuses = instance.statuses();
            assertThat(statuses)
                    .as(trial)
                    .extracting(FakeMastodon.Status::text)
                    .containsExactlyElementsOf(THREAD);
            assertThat(statuses.get(0).inReplyToId()).as(trial).isNull();
            assertThat(statuses.get(1).inReplyToId()).as(trial).isEqualTo(statuses.get(0).id());
            assertThat(statuses.get(2).inReplyToId()).as(trial).isEqualTo(statuses.get(1).id());
            // Every request for a part, before the kill and after it, carried the same key.
            Map<String, List<String>> keysByText =
                    instance.requests().stream()
                            .collect(
                                    Collectors.groupingBy(
                                            FakeMastodon.Request::status,
                                            Collectors.mapping(
                                                    FakeMastodon.Request::idempotencyKey,
                                                    Collectors.toList())));
            assertThat(keysByText.values())
                    .as(trial)
                    .allSatisfy(
                            keys ->
                                    assertThat(keys)
                                            .doesNotContainNull()
                                            .containsOnly(keys.get(0)));
            assertThat(ledger(folder))
                    .as(trial)
                    .extracting(LedgerPart::state)
                    .containsOnly(PartState.POSTED);
            return sending;
        }
    }

    private static Collection<LedgerPart> ledger(Path folder) {
        LedgerFile file = new LedgerFile(folder.resolve("state"), 2023, "mastodon");
        List<LedgerPart> parts = new ArrayList<>();
        for (int part = 1; part <= THREAD.size(); part++) {
            file.load().part(THREAD_ID, part).ifPresent(parts::add);
        }
        return parts;
    }

    private static Process start(Path folder, String root) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-XX:TieredStopAtLevel=1",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName()));
        command.addAll(args(folder, root));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(folder.toFile())
                        .redirectOutput(folder.resolve("child.out").toFile())
                        .redirectError(folder.resolve("child.err").toFile());
        builder.environment().put("MASTODON_ACCESS_TOKEN", FakeMastodon.TOKEN);
        return builder.start();
    }

    private static List<String> args(Path folder, String root) {
        return List.of(
                "publish",
                "--channel",
                "mastodon",
                "--live",
                "--out",
                folder.resolve("out").toString(),
                "--messages",
                folder.resolve("messages").toString(),
                "--ledger-dir",
                folder.resolve("state").toString(),
                "--api-base-url",
                root);
    }
}
