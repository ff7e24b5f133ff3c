package presskit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private String stdin = "";
    private Map<String, String> environment = Map.of();
    private Clock clock = Clock.systemUTC();
    final List<Duration> sleeps = new ArrayList<>();

    /** A run with empty input, an empty environment and the system clock. */
    static Run run(String... args) {
        return new Cli().execute(args);
    }

    Cli stdin(String text) {
        this.stdin = text;
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
        Context context =
                new Context(
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        environment,
                        clock,
                        sleeps::add,
                        false);
        int status =
                Main.run(args, context, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }
}
