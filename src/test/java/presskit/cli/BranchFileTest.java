package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slips in a branch file are caught where they were written, with what was meant. */
class BranchFileTest {

    @TempDir Path tmp;

    @Test
    void anAbbreviatedRoleIsAnErrorWithTheRoleItAbbreviates() throws IOException {
        Path branch = branch("ordf.", "@exempel.bsky.social");

        Cli.Run run = validate1880();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        branch
                                + ":6:11: error: 'politicians[0].role': expected one of:"
                                + " 'ordförande', '1:e vice ordförande', 'vice ordförande',"
                                + " '2:e vice ordförande', '3:e vice ordförande', 'ledamot',"
                                + " 'ersättare', found 'ordf.'; did you mean 'ordförande'?");
    }

    @Test
    void aMisspeltRoleIsAnErrorToo() throws IOException {
        Path branch = branch("Vice ordförnade", "@exempel.bsky.social");

        Cli.Run run = validate1880();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(branch + ":6:11: error: 'politicians[0].role': ")
                .contains("found 'Vice ordförnade'; did you mean 'vice ordförande'?");
    }

    @Test
    void aBlueskyHandleOneLetterFromBskySocialIsAWarningThatDoesNotStopTheBuild()
            throws IOException {
        Path branch = branch("ordförande", "@exempel.bsky.socal");

        Cli.Run validate = validate1880();
        Cli.Run build =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--messages",
                        tmp.resolve("messages").toString(),
                        "--out",
                        tmp.resolve("out").toString(),
                        "--municipality",
                        "1880");

        String warning =
                branch
                        + ":9:16: warning: 'politicians[0].handles.bluesky': '@exempel.bsky.socal'"
                        + " looks like a slip for '@exempel.bsky.social'; write that, or keep it"
                        + " only if it is the politician's own domain";
        assertThat(validate.status()).as(validate.all()).isZero();
        assertThat(validate.out()).contains(warning).contains("0 errors, 1 warning.");
        assertThat(build.status()).as(build.all()).isZero();
        assertThat(build.err()).contains(warning);
    }

    /**
     * The shipped campaign with {@code branches/1880.yaml} replaced by one invented politician of
     * this role and Bluesky handle.
     */
    private Path branch(String role, String bluesky) throws IOException {
        Path messages = tmp.resolve("messages");
        Path shipped = Path.of("messages");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path target = messages.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path branch = messages.resolve("branches/1880.yaml");
        Files.writeString(
                branch,
                """
                # Test fixture: an invented politician.
                municipality: "1880"
                committee: Socialnämnden
                politicians:
                  - name: Exempel Exempelsson
                    role: %s
                    party: S
                    handles:
                      bluesky: "%s"
                """
                        .formatted(role, bluesky));
        return branch;
    }

    private Cli.Run validate1880() {
        return Cli.run(
                "validate",
                "--messages",
                tmp.resolve("messages").toString(),
                "--municipality",
                "1880");
    }
}
