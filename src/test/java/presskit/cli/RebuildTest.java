package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building again over a previous kit gives exactly what a build into an empty folder gives: changed
 * files updated, unchanged ones kept, outputs that no longer exist removed — and a copy of the
 * previous kit taken before the rebuild is not changed by it (reused files are never written into).
 */
class RebuildTest {

    @TempDir Path tmp;

    @Test
    void aRebuildEqualsAFreshBuildAndLeavesThePreviousFilesAlone() throws IOException {
        Path templates = tmp.resolve("templates");
        Path out = tmp.resolve("out");
        // First the national and regional editions, then only the national one: the regions must
        // go. (The municipalities are left out of the first build only to keep the test quick.)
        // The override folder exists but is empty at first.
        Files.createDirectories(templates);
        Cli.Run first =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--only",
                        "national,regions",
                        "--out",
                        out.toString(),
                        "--templates",
                        templates.toString());
        assertThat(first.status()).as(first.all()).isZero();
        assertThat(out.resolve("2023/regions/18-orebro-lan")).isDirectory();
        Path keep = out.resolve("2023/national/x/short-1.txt");
        Path kept = tmp.resolve("kept.txt");
        Files.createLink(kept, keep);
        String before = Files.readString(kept);

        Files.createDirectories(templates.resolve("x"));
        Files.writeString(templates.resolve("x/short.txt.ftl"), "Nytt: ${message.text()}\n");
        Cli.Run rebuild =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--only",
                        "national",
                        "--out",
                        out.toString(),
                        "--templates",
                        templates.toString());
        Path fresh = tmp.resolve("fresh");
        Cli.run(
                "build",
                "--no-pdf",
                "--only",
                "national",
                "--out",
                fresh.toString(),
                "--templates",
                templates.toString());

        assertThat(rebuild.status()).as(rebuild.all()).isZero();
        Map<String, String> rebuilt = Trees.snapshot(out.resolve("2023"));
        assertThat(rebuilt).isEqualTo(Trees.snapshot(fresh.resolve("2023")));
        assertThat(Files.readString(out.resolve("2023/national/x/short-1.txt")))
                .startsWith("Nytt: ");
        assertThat(Files.readString(kept))
                .as("the previous kit's file, held by a link")
                .isEqualTo(before);
        assertThat(out.resolve("2023/national/mastodon/short-1.txt")).exists();
        assertThat(out.resolve("2023/regions")).doesNotExist();
        assertThat(Files.list(out).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("2023", ".rendered-2023");
    }
}
