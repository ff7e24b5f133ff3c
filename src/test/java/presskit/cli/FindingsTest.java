package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code build} and {@code validate} report findings: the same exit status for the same input
 * (1 for an error, 0 for warnings, the kit written either way), one line per cause, and {@code
 * --quiet} and {@code --verbose}. The campaign is the invented minimal fixture with one of its
 * lines changed.
 */
class FindingsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    /** An address that is not among the year's links, in the key and the short message. */
    private static final String UNLISTED = "https://www.exempel.invalid/lista";

    @TempDir Path tmp;

    private Path messages(String search, String replace) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        for (String name : new String[] {"organisation.yaml", "sweden.yaml"}) {
            Files.copy(MINIMAL.resolve(name), messages.resolve(name));
        }
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        assertThat(year).contains(search);
        Files.writeString(messages.resolve("2023.yaml"), year.replace(search, replace));
        return messages;
    }

    /**
     * The fixture with the unlisted address in the key message and the short one: 8 outputs (the
     * Facebook and LinkedIn posts hold both).
     */
    private Path unlisted() throws IOException {
        Path messages = tmp.resolve("messages");
        messages("    - Testa mera.", "    - Testa mera på " + UNLISTED + ".");
        Path year = messages.resolve("2023.yaml");
        Files.writeString(
                year,
                Files.readString(year)
                        .replace(
                                "    - \"{andel} testpersoner tycker om tester.\"",
                                "    - \"{andel} testpersoner tycker om tester, "
                                        + UNLISTED
                                        + "\""));
        return messages;
    }

    @Test
    void anErrorFindingEndsBuildAndValidateWithStatusOneAndTheKitIsStillWritten()
            throws IOException {
        Path messages = unlisted();

        Cli.Run build = Cli.build(messages, tmp.resolve("out"));
        Cli.Run validate = Cli.run("validate", "--messages", messages.toString());

        assertThat(build.status()).as(build.all()).isEqualTo(1);
        assertThat(validate.status()).as(validate.all()).isEqualTo(1);
        assertThat(tmp.resolve("out/2023/index.html")).isRegularFile();
        assertThat(build.out()).contains("Wrote " + tmp.resolve("out/2023"));
        assertThat(build.err())
                .endsWith(
                        "1 error, 0 warnings found; the kit was written and the manifest marks"
                                + " the outputs concerned, but the errors must be fixed before"
                                + " publishing (exit status 1).\n");
    }

    @Test
    void warningsAloneEndBuildAndValidateWithStatusZero() throws IOException {
        Path messages = messages("    - Testa mera.", "    - Det kommer bli bättre.");

        Cli.Run build = Cli.build(messages, tmp.resolve("out"));
        Cli.Run validate = Cli.run("validate", "--messages", messages.toString());

        assertThat(build.status()).as(build.all()).isZero();
        assertThat(validate.status()).as(validate.all()).isZero();
        assertThat(build.err()).contains("warning: 'messages.short[0]': 'kommer bli'");
        assertThat(validate.out()).endsWith("0 errors, 1 warning.\n");
    }

    @Test
    void theSummaryNamesThePageToOpen() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Run build = Cli.build(MINIMAL, out);

        assertThat(build.status()).as(build.all()).isZero();
        assertThat(build.out())
                .matches(
                        "Wrote \\Q"
                                + out.resolve("2023")
                                + "\\E: 13 outputs \\(8 posts, 0 threads, 5 documents\\) in"
                                + " \\d+\\.\\d s\\. Open \\Q"
                                + out.resolve("2023/index.html")
                                + "\\E\n");
        assertThat(build.err()).isEmpty();
    }

    @Test
    void oneCauseInEightOutputsIsOneLineNamingThreeOfThemAndVerbosePrintsEach() throws IOException {
        Path messages = unlisted();
        String line =
                "error: '"
                        + UNLISTED
                        + "' is not one of the year's links; add it under links: so it is checked"
                        + " (in 8 outputs: national/bluesky/key-1, national/bluesky/short-1,"
                        + " national/facebook/post and 5 more)";

        Cli.Run validate = Cli.run("validate", "--messages", messages.toString());
        Cli.Run build = Cli.build(messages, tmp.resolve("out"));
        Cli.Run verbose = Cli.run("validate", "--verbose", "--messages", messages.toString());

        assertThat(validate.out()).isEqualTo(line + "\n1 error, 0 warnings.\n");
        assertThat(build.err()).startsWith(line + "\n");
        assertThat(verbose.status()).isEqualTo(1);
        assertThat(verbose.out().lines().filter(l -> l.contains(UNLISTED))).hasSize(8);
        assertThat(verbose.out()).endsWith("8 errors, 0 warnings.\n");
    }

    @Test
    void quietPrintsOnlyErrorsAndVerboseEachStepWithItsTime() throws IOException {
        Path warned = messages("    - Testa mera.", "    - Det kommer bli bättre.");

        Cli.Run quiet =
                Cli.run(
                        "build",
                        "--quiet",
                        "--no-pdf",
                        "--messages",
                        warned.toString(),
                        "--out",
                        tmp.resolve("out").toString());
        Cli.Run verbose =
                Cli.run(
                        "build",
                        "--verbose",
                        "--no-pdf",
                        "--messages",
                        MINIMAL.toString(),
                        "--out",
                        tmp.resolve("out").toString());
        Cli.Run both = Cli.run("validate", "-q", "-v", "--messages", MINIMAL.toString());

        assertThat(quiet.status()).as(quiet.all()).isZero();
        assertThat(quiet.all()).isEmpty();
        assertThat(verbose.status()).as(verbose.all()).isZero();
        assertThat(verbose.err())
                .matches(
                        "Loaded the campaign in \\d+\\.\\d s\\.\n"
                                // After the quiet build into the same folder: what does not say
                                // its other short message is taken.
                                + "Rendered the outputs in \\d+\\.\\d s"
                                + " \\(\\d+ rendered, \\d+ taken from the last build\\)\\.\n"
                                + "Checked the outputs in \\d+\\.\\d s\\.\n"
                                + "Made the page and the exports in \\d+\\.\\d s\\.\n"
                                + "Wrote the kit in \\d+\\.\\d s\\.\n");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--quiet and --verbose cannot be given together");
    }

    @Test
    void quietPrintsTheErrorsOfABuild() throws IOException {
        Path messages = unlisted();

        Cli.Run quiet =
                Cli.run(
                        "build",
                        "-q",
                        "--no-pdf",
                        "--messages",
                        messages.toString(),
                        "--out",
                        tmp.resolve("out").toString());

        assertThat(quiet.status()).isEqualTo(1);
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).contains("error: '" + UNLISTED + "'", "(exit status 1)");
    }
}
