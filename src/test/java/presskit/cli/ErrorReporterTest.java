package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** An error presskit did not expect is a bug: one line, how to report it, its own exit status. */
class ErrorReporterTest {

    /** A command with a bug in it. */
    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {

        @Option(names = "--debug")
        boolean debug;

        @Override
        public Integer call() {
            throw new IllegalStateException("the impossible happened");
        }
    }

    @Test
    void anUnexpectedErrorIsABugWithItsOwnExitStatus() {
        StringWriter err = new StringWriter();

        int status = run(err);

        assertThat(status).isEqualTo(70);
        assertThat(err.toString())
                .isEqualTo(
                        "presskit: stopped by a bug in presskit, not by anything in your files or"
                                + " options. Run the same command again with --debug before the command"
                                + " name and send the whole output to presskit's maintainers.\n");
        assertThat(err.toString()).doesNotContain("IllegalStateException", "impossible");
    }

    @Test
    void withDebugTheStackTraceFollows() {
        StringWriter err = new StringWriter();

        int status = run(err, "--debug");

        assertThat(status).isEqualTo(70);
        assertThat(err.toString())
                .contains(
                        "stopped by a bug in presskit",
                        "IllegalStateException: the impossible happened",
                        "\tat presskit.cli.ErrorReporterTest");
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Broken());
        cli.setErr(new PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(ErrorReporter::exitCodeOf);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }
}
