package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What killed builds left in an out folder, by this presskit or an older one: a year whose kit was
 * moved aside and never moved back is put back before any command reads or writes it, and the next
 * build removes every leftover.
 */
class LeftoversTest {

    @TempDir Path dir;

    private Path before;
    private Path after;
    private Path out;
    private Map<String, String> oldKit;

    @BeforeEach
    void anOldKit() throws IOException {
        before = KillDuringWriteTest.copyCampaign(dir.resolve("before"), "Testa mera.");
        after = KillDuringWriteTest.copyCampaign(dir.resolve("after"), "Testa annat.");
        out = dir.resolve("out");
        Cli.Run old = build(before);
        assertThat(old.status()).as(old.all()).isZero();
        oldKit = KillDuringWriteTest.kit(out.resolve("2023"));
    }

    /**
     * The state an older presskit left when killed between its two renames (the attack's F6): no
     * {@code out/2023}, the old kit in {@code .previous-2023-<pid>}, a staging folder beside it.
     */
    private void killedBetweenTheRenamesByAnOlderVersion() throws IOException {
        Files.move(out.resolve("2023"), out.resolve(".previous-2023-4242"));
        Files.createDirectories(out.resolve(".staging-2023-4242/national"));
        Files.writeString(out.resolve(".staging-2023-4242/national/release.txt"), "halv");
    }

    @Test
    void publishReadsTheKitAKilledBuildLeftAsideInsteadOfBuildingAnother() throws IOException {
        killedBetweenTheRenamesByAnOlderVersion();

        Cli.Run publish =
                Cli.run(
                        "publish",
                        "--channel",
                        "x",
                        "--messages",
                        after.toString(),
                        "--out",
                        out.toString(),
                        "--ledger-dir",
                        dir.resolve("ledger").toString());

        assertThat(publish.status()).as(publish.all()).isZero();
        assertThat(publish.err()).doesNotContain("no build found");
        assertThat(publish.out()).contains("Testa mera.").doesNotContain("Testa annat.");
        assertThat(KillDuringWriteTest.kit(out.resolve("2023"))).isEqualTo(oldKit);
    }

    @Test
    void aBuildThatFailsStillPutsTheKitBack() throws IOException {
        killedBetweenTheRenamesByAnOlderVersion();
        Files.writeString(after.resolve("2023.yaml"), "year: [\n");

        Cli.Run failed = build(after);

        assertThat(failed.status()).as(failed.all()).isEqualTo(2);
        assertThat(KillDuringWriteTest.kit(out.resolve("2023"))).isEqualTo(oldKit);
    }

    @Test
    void theNextBuildRemovesWhatAnOlderVersionLeft() throws IOException {
        killedBetweenTheRenamesByAnOlderVersion();
        Files.createDirectories(out.resolve(".staging-2023-77/national"));
        Files.createDirectories(out.resolve(".previous-2023-78/national"));

        Cli.Run next = build(after);

        assertThat(next.status()).as(next.all()).isZero();
        assertThat(names(out)).containsExactly(".rendered-2023", "2023");
        assertThat(Files.readString(out.resolve("2023/national/x/short-1.txt")))
                .contains("Testa annat.");
    }

    /**
     * This version's leftovers of a killed build whose lock is free: a half-filled staging folder,
     * and a kit moved aside where the file system could not exchange folders.
     */
    @Test
    void aHalfFinishedBuildOfThisVersionIsRecoveredThenRemoved() throws IOException {
        String id = "2023-999999-0badc0de";
        Files.move(out.resolve("2023"), out.resolve(".previous-" + id));
        Files.createDirectories(out.resolve(".build-" + id + "/national"));
        Files.writeString(out.resolve(".build-" + id + ".lock"), "");
        Files.writeString(out.resolve(".build-2023-999998-0badc0df.lock"), "");

        Cli.Run failed = build(dir.resolve("no-such-campaign"));
        assertThat(failed.status()).isEqualTo(2);
        assertThat(KillDuringWriteTest.kit(out.resolve("2023")))
                .as("put back by a command that reads nothing else")
                .isEqualTo(oldKit);

        Cli.Run next = build(after);
        assertThat(next.status()).as(next.all()).isZero();
        assertThat(names(out)).containsExactly(".rendered-2023", "2023");
    }

    @Test
    void aYearWithoutLeftoversIsLeftAlone() throws IOException {
        Files.createDirectories(out.resolve("2022"));
        Files.createDirectories(out.resolve(".git"));
        Files.writeString(out.resolve(".build-notes"), "mine");

        Cli.Run next = build(after);

        assertThat(next.status()).as(next.all()).isZero();
        assertThat(names(out))
                .containsExactly(".build-notes", ".git", ".rendered-2023", "2022", "2023");
    }

    private Cli.Run build(Path messages) {
        return Cli.build(messages, out);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
