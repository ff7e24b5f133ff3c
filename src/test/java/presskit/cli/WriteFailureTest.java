package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit or an export that cannot be written ends with exit status 4 and one line naming the folder
 * or file and the reason in words; a previous kit is left exactly as it was. The disk is really
 * full, the folder really read-only: a tmpfs is mounted for each case.
 */
class WriteFailureTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path dir;

    @Test
    void aFullDiskStopsTheBuildAndKeepsThePreviousKit() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (Tmpfs disk = Tmpfs.mount(out, "1m")) {
            Cli.Run small =
                    Cli.run("build", "--only", "national", "--no-pdf", "--out", out.toString());
            assertThat(small.status()).as(small.err()).isZero();
            Map<String, String> before = Trees.snapshot(out);

            Cli.Run full = Cli.run("build", "--no-pdf", "--out", out.toString());

            assertThat(full.status()).isEqualTo(4);
            assertThat(full.err())
                    .isEqualTo(
                            "presskit: cannot write "
                                    + out.resolve("2023")
                                    + ": no space left on device\n");
            assertThat(Trees.snapshot(out)).as("the previous kit is intact").isEqualTo(before);
        }
    }

    @Test
    void aReadOnlyFolderStopsTheBuild() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (Tmpfs disk = Tmpfs.mount(out, "1m")) {
            disk.readOnly();

            Cli.Run run =
                    Cli.run("build", "--only", "national", "--no-pdf", "--out", out.toString());

            assertThat(run.status()).isEqualTo(4);
            assertThat(run.err())
                    .isEqualTo(
                            "presskit: cannot write "
                                    + out.resolve("2023")
                                    + ": read-only file system\n");
        }
    }

    @Test
    void anOutFolderThatCannotBeMadeIsNamed() {
        Cli.Run run = Cli.run("build", "--only", "national", "--no-pdf", "--out", "/proc/presskit");

        assertThat(run.status()).isEqualTo(4);
        assertThat(run.err())
                .isEqualTo("presskit: cannot write /proc/presskit/2023: no such file or folder\n");
    }

    @Test
    void anOutThatIsAFileIsSaidToBeNoFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");

        for (String out : new String[] {file.toString(), "/dev/null"}) {
            Cli.Run run = Cli.run("build", "--only", "national", "--no-pdf", "--out", out);

            assertThat(run.status()).isEqualTo(4);
            assertThat(run.err())
                    .isEqualTo(
                            "presskit: cannot write "
                                    + out
                                    + "/2023: "
                                    + out
                                    + " exists and is not a folder\n");
        }
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void anExportIntoAMissingFolderIsNamed() throws Exception {
        Path messages = Files.createDirectories(dir.resolve("messages"));
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        Files.writeString(
                messages.resolve("2023.yaml"),
                Files.readString(MINIMAL.resolve("2023.yaml"))
                        + "plan:\n  - {at: \"2023-09-18T09:00:00+02:00\", channel: x, post: key-1}\n");
        Path folder = dir.resolve("missing");

        Cli.Run run =
                Cli.run(
                        "export",
                        "--schedule",
                        "hootsuite",
                        "--messages",
                        messages.toString(),
                        "--output",
                        folder.toString());

        assertThat(run.status()).isEqualTo(4);
        assertThat(run.err())
                .isEqualTo(
                        "presskit: cannot write "
                                + folder.resolve("hootsuite-x.csv")
                                + ": no such file or folder\n");
    }
}
