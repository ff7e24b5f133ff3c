package presskit.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs the command line in-process with captured streams, as a user's terminal would see it, in a
 * world the test chooses: standard input, environment and clock; waits are recorded in {@link
 * #sleeps} instead of slept.
 */
final class Cli {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static final Pattern JAVA_EXCEPTION =
            Pattern.compile(
                    "\\b[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*\\.[A-Z]\\w*(Exception|Error)\\b");

    private Supplier<InputStream> stdin = () -> InputStream.nullInputStream();
    private Map<String, String> environment = Map.of();
    private Clock clock = Clock.systemUTC();
    final List<Duration> sleeps = new ArrayList<>();

    /** A run with empty input, an empty environment and the system clock. */
    static Run run(String... args) {
        return new Cli().execute(args);
    }

    /**
     * Every input a test gives is one a user could give: none may end as a bug or show a Java
     * exception's name, so every test through this harness checks it.
     */
    private static void assertNoBug(Run run) {
        if (run.status() == ExitCode.BUG.code() || JAVA_EXCEPTION.matcher(run.all()).find()) {
            throw new AssertionError(
                    "presskit ended as a bug or showed a Java exception (status "
                            + run.status()
                            + "):\n"
                            + run.all());
        }
    }

    /** {@code build --no-pdf} of the campaign in {@code messages} into {@code out}. */
    static Run build(Path messages, Path out) {
        return run("build", "--no-pdf", "--messages", messages.toString(), "--out", out.toString());
    }

    Cli stdin(String text) {
        this.stdin = () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Standard input read from a file, as a shell's {@code < file} gives it. */
    Cli stdin(Path file) {
        this.stdin =
                () -> {
                    try {
                        return Files.newInputStream(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
        return this;
    }

    Cli environment(Map<String, String> values) {
        this.environment = Map.copyOf(values);
        return this;
    }

    Cli clock(Clock value) {
        this.clock = value;
        return this;
    }

    Run execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context context = new Context(stdin.get(), environment, clock, sleeps::add, false);
        int status =
                Main.run(args, context, new PrintWriter(out, true), new PrintWriter(err, true));
        Run run = new Run(status, out.toString(), err.toString());
        if (!List.of(args).contains("--debug")) {
            assertNoBug(run);
        }
        return run;
    }
}
