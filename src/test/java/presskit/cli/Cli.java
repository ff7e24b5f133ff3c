package presskit.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process with captured streams, as a user's terminal would see it. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    static Run runWithStdin(String stdin, String... args) {
        InputStream previous = CountCommand.stdin;
        CountCommand.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        try {
            return run(args);
        } finally {
            CountCommand.stdin = previous;
        }
    }
}
