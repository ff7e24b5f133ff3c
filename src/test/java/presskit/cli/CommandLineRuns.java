package presskit.cli;

/**
 * The command line for tests outside this package (the page's browser tests), through the same
 * harness as the CLI tests ({@link Cli}): in-process, streams captured, no run may end as a bug.
 */
public final class CommandLineRuns {

    /** What one run printed and returned. */
    public record Result(int status, String out, String err) {}

    private CommandLineRuns() {}

    /** {@code presskit args…}. */
    public static Result run(String... args) {
        Cli.Run run = Cli.run(args);
        return new Result(run.status(), run.out(), run.err());
    }
}
