package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.write.Leftovers;

/**
 * Real builds in a second JVM, killed with SIGKILL: {@code out/2023} is the whole old kit or the
 * whole new one after every kill, and the next build leaves nothing of the killed ones behind.
 *
 * <p>strace kills the build exactly at chosen system calls ({@code inject=NAME:signal=SIGKILL} on
 * entry, so the call itself does not happen): that is a kill -9 between that call and the one
 * before it, without depending on timing. Tracing needs strace and ptrace, as CI has (root, strace
 * installed by {@code .ci/run}); without them these tests fail and say so.
 */
class KillDuringWriteTest {

    /** The calls of a build that change the out folder. */
    private static final String CHANGES =
            "mkdir,rmdir,link,unlink,rename,renameat,renameat2,symlink";

    private static final Pattern CALL = Pattern.compile("^(\\d+) +(\\w+)\\((.*)");
    private static final Pattern RESUMED = Pattern.compile("^(\\d+) +<\\.\\.\\. (\\w+) resumed>.*");

    @TempDir Path dir;

    private Path before;
    private Path after;
    private Map<String, String> oldKit;
    private Map<String, String> newKit;

    /** Two inputs of the invented minimal campaign, and the kit each gives. */
    @BeforeEach
    void twoKits() throws IOException {
        before = copyCampaign(dir.resolve("before"), "Testa mera.");
        after = copyCampaign(dir.resolve("after"), "Testa ännu mera, nu med en ändrad text.");
        oldKit = kitOf(before, dir.resolve("old"));
        newKit = kitOf(after, dir.resolve("new"));
        assertThat(oldKit).isNotEqualTo(newKit);
    }

    @Test
    void aBuildKilledAtAnyCallThatChangesTheOutFolderLeavesTheOldKitOrTheNewOne() throws Exception {
        Path out = dir.resolve("work/out");
        Path trace = dir.resolve("trace.log");
        reset(out);
        Child traced = child(out, after, List.of("-o", trace.toString(), "-e", "trace=" + CHANGES));
        assertThat(traced.status()).as(traced.err()).isZero();
        List<Call> calls = calls(trace, out);
        Call exchange = only(calls, c -> c.name.equals("renameat2"));
        assertThat(exchange.args).contains("RENAME_EXCHANGE");
        int main = exchange.tid;
        List<Call> ours = calls.stream().filter(c -> c.tid == main).toList();

        List<Call> points = new ArrayList<>();
        points.add(first(ours, c -> c.name.equals("mkdir") && c.args.contains("/.build-")));
        points.add(first(ours, c -> c.name.equals("link")));
        points.add(last(ours, c -> c.name.equals("link")));
        points.add(exchange);
        points.add(first(ours, c -> c.name.equals("unlink") && c.index > exchange.index));
        points.add(first(ours, c -> c.name.equals("rmdir")));
        points.add(last(ours, c -> c.name.equals("rmdir")));
        points.add(last(ours, c -> c.name.equals("unlink")));

        for (Call point : points) {
            reset(out);
            Path log = dir.resolve("kill.log");
            Child killed = child(out, after, killAt(log, point.name, point.nth));
            assertThat(killed.status()).as("killed at " + point).isEqualTo(128 + 9);
            assertThat(lastCall(log))
                    .as("the call killed")
                    .startsWith(point.name + "(")
                    .contains(out.toString());
            Map<String, String> left = kit(out.resolve("2023"));
            if (point.index < exchange.index || point == exchange) {
                assertThat(left).as("killed before the exchange: " + point).isEqualTo(oldKit);
            } else {
                assertThat(left).as("killed after the exchange: " + point).isEqualTo(newKit);
            }
        }

        Cli.Run next = build(after, out);
        assertThat(next.status()).as(next.all()).isZero();
        assertThat(names(out)).containsExactly(".rendered-2023", "2023");
        assertThat(kit(out.resolve("2023"))).isEqualTo(newKit);
    }

    /**
     * Where folders cannot be exchanged (renameat2 answers EINVAL, as on a file system without it),
     * a kill between the two renames leaves no {@code out/2023} until the next command puts the
     * previous kit back.
     */
    @Test
    void withoutExchangeAKillBetweenTheRenamesIsRecoveredBeforeAnythingReadsTheYear()
            throws Exception {
        Path out = dir.resolve("work/out");
        // The same input again, so no file of the kit is renamed: the only renames are the two
        // that move the kits.
        for (int nth = 1; nth <= 2; nth++) {
            reset(out);
            Path log = dir.resolve("kill.log");
            // strace tampers only with calls it traces: renameat2 is traced too.
            List<String> strace =
                    new ArrayList<>(
                            List.of(
                                    "-o",
                                    log.toString(),
                                    "-e",
                                    "trace=rename,renameat2",
                                    "-e",
                                    "inject=renameat2:error=EINVAL",
                                    "-e",
                                    "inject=rename:signal=SIGKILL:when=" + nth));
            Child killed = child(out, before, strace);

            assertThat(killed.status()).isEqualTo(128 + 9);
            assertThat(lastCall(log)).startsWith("rename(\"" + out);
            if (nth == 2) {
                assertThat(out.resolve("2023")).as("the gap the exchange closes").doesNotExist();
            }
            Leftovers.restore(out);
            assertThat(kit(out.resolve("2023"))).isEqualTo(oldKit);
        }
    }

    @Test
    void twentyRandomKillsThenOneBuildLeaveOneWholeKitAndNothingElse() throws Exception {
        Path out = dir.resolve("work/out");
        reset(out);
        long started = System.nanoTime();
        Child whole = child(out, after, null);
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(whole.status()).as(whole.err()).isZero();

        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int kill = 0; kill < 20; kill++) {
            Path input = kill % 2 == 0 ? before : after;
            List<String> was = names(out);
            Process p = start(out, input, null);
            String when;
            if (kill % 2 == 0) {
                // Any moment of the build.
                long at = 200 + (long) (random.nextDouble() * took);
                p.waitFor(at, TimeUnit.MILLISECONDS);
                when = at + " ms after the start";
            } else {
                // A moment while it writes, the short part of a build where a kill can do harm.
                waitForNewEntry(out, was, p);
                long at = (long) (random.nextDouble() * 100);
                p.waitFor(at, TimeUnit.MILLISECONDS);
                when = at + " ms after its first folder in out";
            }
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(kit(out.resolve("2023")))
                    .as("killed %s (seed %d)", when, seed)
                    .isIn(oldKit, newKit);
        }

        Cli.Run next = build(after, out);
        assertThat(next.status()).as(next.all()).isZero();
        assertThat(names(out)).as("seed %d", seed).containsExactly(".rendered-2023", "2023");
        assertThat(kit(out.resolve("2023"))).isEqualTo(newKit);
    }

    /**
     * A build held just before its exchange is alive: a second build of the same year in between
     * must leave its folder alone, and both finish with one whole kit.
     */
    @Test
    void aRunningBuildsFolderIsNotALeftover() throws Exception {
        Path out = dir.resolve("work/out");
        reset(out);
        Path log = dir.resolve("held.log");
        Process held =
                start(
                        out,
                        after,
                        List.of(
                                "-o",
                                log.toString(),
                                "-e",
                                "trace=renameat2",
                                "-e",
                                "inject=renameat2:delay_enter=10000000"));
        waitForStaging(out);

        Cli.Run between = build(before, out);

        assertThat(between.status()).as(between.all()).isZero();
        assertThat(held.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(held.exitValue()).isZero();
        assertThat(names(out)).containsExactly(".rendered-2023", "2023");
        assertThat(kit(out.resolve("2023"))).isEqualTo(newKit);
    }

    private static void waitForStaging(Path out) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.anyMatch(
                        p ->
                                Files.isRegularFile(p.resolve("manifest.json"))
                                        && p.getFileName().toString().startsWith(".build-"))) {
                    // The manifest is among the last files written; the exchange follows.
                    Thread.sleep(500);
                    return;
                }
            }
            Thread.sleep(50);
        }
        fail("the held build never filled its staging folder");
    }

    /** Waits until {@code out} has an entry it did not have, or the build has ended. */
    private static void waitForNewEntry(Path out, List<String> was, Process build)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (build.isAlive() && System.nanoTime() < deadline) {
            if (!was.containsAll(names(out))) {
                return;
            }
            Thread.sleep(1);
        }
    }

    /** Each file of a kit by its path, with a digest of its bytes. */
    static Map<String, String> kit(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        folder.relativize(file).toString(),
                        HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file))));
            }
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** One traced system call touching the out folder: which thread, which of its calls. */
    private record Call(int index, int tid, String name, int nth, String args) {
        @Override
        public String toString() {
            return name + " #" + nth + " " + args;
        }
    }

    /** The calls in a strace log that name the out folder, each with its number in its thread. */
    private static List<Call> calls(Path log, Path out) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        List<Call> calls = new ArrayList<>();
        int index = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = CALL.matcher(line);
            if (!m.matches()) {
                continue;
            }
            int tid = Integer.parseInt(m.group(1));
            String name = m.group(2);
            int nth = counts.merge(tid + " " + name, 1, Integer::sum);
            if (m.group(3).contains(out.toString())) {
                calls.add(new Call(index++, tid, name, nth, m.group(3)));
            }
        }
        return calls;
    }

    private static Call only(List<Call> calls, Predicate<Call> check) {
        List<Call> found = calls.stream().filter(check::test).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Call first(List<Call> calls, Predicate<Call> check) {
        return calls.stream().filter(check::test).findFirst().orElseThrow();
    }

    private static Call last(List<Call> calls, Predicate<Call> check) {
        List<Call> found = calls.stream().filter(check::test).toList();
        return found.get(found.size() - 1);
    }

    private static List<String> killAt(Path log, String name, int nth) {
        return List.of(
                "-o",
                log.toString(),
                "-e",
                "trace=" + name,
                "-e",
                "inject=" + name + ":signal=SIGKILL:when=" + nth);
    }

    /** The call the process was in when strace killed it, as strace wrote it. */
    private static String lastCall(Path log) throws IOException {
        Map<Integer, String> started = new HashMap<>();
        String last = "";
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher call = CALL.matcher(line);
            Matcher resumed = RESUMED.matcher(line);
            if (call.matches()) {
                String text = call.group(2) + "(" + call.group(3);
                started.put(Integer.valueOf(call.group(1)), text);
                if (line.endsWith("= ?")) {
                    last = text;
                }
            } else if (resumed.matches() && line.endsWith("= ?")) {
                last = started.getOrDefault(Integer.valueOf(resumed.group(1)), "");
            }
        }
        return last;
    }

    private record Child(int status, String err) {}

    private Child child(Path out, Path messages, List<String> strace) throws Exception {
        Process p = start(out, messages, strace);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the build ended").isTrue();
        return new Child(
                p.exitValue(), Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8));
    }

    /** A build in a new JVM, under strace with {@code strace} options unless that is null. */
    private Process start(Path out, Path messages, List<String> strace) throws IOException {
        List<String> command = new ArrayList<>();
        if (strace != null) {
            command.addAll(List.of("strace", "-f", "-qq"));
            command.addAll(strace);
        }
        command.addAll(
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-XX:-UsePerfData",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "build",
                        "--no-pdf",
                        "--messages",
                        messages.toString(),
                        "--out",
                        out.toString()));
        try {
            return new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(dir.resolve("child.out").toFile())
                    .redirectError(dir.resolve("child.err").toFile())
                    .start();
        } catch (IOException e) {
            if (strace != null) {
                fail("cannot run strace (" + e.getMessage() + "): install it, as .ci/run does");
            }
            throw e;
        }
    }

    /** {@code out} holding the old kit and nothing else, as before each kill. */
    private void reset(Path out) throws IOException {
        deleteTree(out.getParent());
        Files.createDirectories(out);
        copyTree(dir.resolve("old/2023"), out.resolve("2023"));
    }

    private Map<String, String> kitOf(Path messages, Path out) throws IOException {
        Cli.Run run = build(messages, out);
        assertThat(run.status()).as(run.all()).isZero();
        return kit(out.resolve("2023"));
    }

    private static Cli.Run build(Path messages, Path out) {
        return Cli.build(messages, out);
    }

    /** The invented minimal campaign with its short message set to {@code shortMessage}. */
    static Path copyCampaign(Path to, String shortMessage) throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/minimal");
        Path messages = Files.createDirectories(to.resolve("messages"));
        Files.copy(fixture.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(fixture.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        Files.writeString(
                messages.resolve("2023.yaml"),
                Files.readString(fixture.resolve("2023.yaml"))
                        .replace("    - Testa mera.", "    - " + shortMessage));
        return messages;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
