package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that needs a kit builds it the one way {@code build} does, from the folders the
 * user names, and checks those folders before any work.
 */
class OneBuildTest {

    @TempDir Path tmp;

    @Test
    void publishWithoutABuildBuildsTheNamedCampaignExactlyAsBuildDoes() throws IOException {
        Path campaign = copy(Path.of("src/test/resources/fixtures/minimal"), tmp.resolve("other"));

        Cli.Run publish =
                Cli.run(
                        "publish",
                        "--channel",
                        "x",
                        "--messages",
                        campaign.toString(),
                        "--out",
                        tmp.resolve("published").toString(),
                        "--ledger-dir",
                        tmp.resolve("ledger").toString());
        Cli.Run build =
                Cli.run(
                        "build",
                        "--messages",
                        campaign.toString(),
                        "--out",
                        tmp.resolve("built").toString());

        assertThat(publish.status()).as(publish.all()).isZero();
        assertThat(publish.err())
                .contains("no build found, so built " + tmp.resolve("published/2023") + " first.");
        assertThat(publish.out()).contains("national/x/short-1 (").contains("Testa mera.");
        assertThat(publish.out()).doesNotContain("Socialchefsrapporten");
        assertThat(build.status()).as(build.all()).isZero();
        assertThat(Trees.snapshot(tmp.resolve("published/2023")))
                .isNotEmpty()
                .containsKey("index.html")
                .isEqualTo(Trees.snapshot(tmp.resolve("built/2023")));
    }

    @Test
    void aTemplatesFolderThatDoesNotExistIsAnErrorNamingIt() {
        Path missing = tmp.resolve("no-such-folder");

        Cli.Run build =
                Cli.run("build", "--templates", missing.toString(), "--out", tmp.toString());

        assertThat(build.status()).isEqualTo(2);
        assertThat(build.err())
                .startsWith(
                        missing
                                + ": error: no such folder: --templates names a folder that does"
                                + " not exist\n");
        assertThat(tmp.resolve("2023")).doesNotExist();
    }

    @Test
    void aMessagesFolderThatDoesNotExistIsAnErrorNamingIt() {
        Path missing = tmp.resolve("no-such-campaign");

        Cli.Run validate = Cli.run("validate", "--messages", missing.toString());

        assertThat(validate.status()).isEqualTo(2);
        assertThat(validate.err()).startsWith(missing + ": error: no such folder");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
