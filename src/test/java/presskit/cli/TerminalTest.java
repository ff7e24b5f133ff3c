package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * presskit in a second JVM as a person runs it at a terminal, and in a pipe: a pseudo-terminal from
 * {@code script} (util-linux) gives the real terminal detection, not a test's stand-in. A terminal
 * shows a progress line; neither shows an escape sequence, with or without {@code NO_COLOR}.
 */
class TerminalTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    private static final String ESC = "\u001B";

    @TempDir Path tmp;

    private record Process(int status, String out, String err) {}

    /** {@code presskit args…} in a JVM of its own, on this test's class path. */
    private static List<String> presskit(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The command on a pseudo-terminal: {@code script} merges both streams into its output. */
    private static List<String> onTerminal(List<String> command) {
        String line =
                command.stream()
                        .map(a -> "'" + a.replace("'", "'\\''") + "'")
                        .collect(Collectors.joining(" "));
        return List.of("script", "-qfec", line, "/dev/null");
    }

    private Process run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectInput(new File("/dev/null"))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        builder.environment().remove("NO_COLOR");
        builder.environment().putAll(environment);
        java.lang.Process p = builder.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Process(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private List<String> build(Path out) {
        return presskit(
                "build",
                "--no-pdf",
                "--messages",
                MINIMAL.toAbsolutePath().toString(),
                "--out",
                out.toString());
    }

    @Test
    void aBuildAtATerminalShowsItsStepsAndNamesThePage() throws Exception {
        Path out = tmp.resolve("out");

        Process build = run(onTerminal(build(out)), Map.of());

        assertThat(build.status()).as(build.out()).isZero();
        assertThat(build.out())
                .contains(
                        "\rpresskit: loading the campaign…",
                        "\rpresskit: rendering the outputs…",
                        "\rpresskit: writing the kit…",
                        "Open " + out.resolve("2023/index.html"))
                .doesNotContain(ESC);
    }

    @Test
    void withNoColorOrInAPipeNothingPrintsAnEscapeSequence() throws Exception {
        Process noColor = run(onTerminal(build(tmp.resolve("a"))), Map.of("NO_COLOR", "1"));
        Process help = run(onTerminal(presskit("build", "--help")), Map.of());
        Process piped = run(build(tmp.resolve("b")), Map.of());

        assertThat(noColor.status()).as(noColor.out()).isZero();
        assertThat(noColor.out()).doesNotContain(ESC);
        // picocli styles help on a terminal; here no style may reach it.
        assertThat(help.out())
                .startsWith("Usage: presskit build")
                .doesNotContain(ESC)
                .doesNotContain("\\u001B");
        assertThat(piped.status()).as(piped.err()).isZero();
        // In a pipe no progress either: a log must not fill with carriage returns.
        assertThat(piped.err()).isEmpty();
        assertThat(piped.out()).startsWith("Wrote ").doesNotContain(ESC).doesNotContain("\r");
    }
}
