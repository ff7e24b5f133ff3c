package presskit.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How much a command says: the {@code --quiet} and {@code --verbose} options. */
final class Verbosity {

    @Option(
            names = {"-q", "--quiet"},
            description = "Print only errors: no progress, no summary, no warnings.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print each step with its time, and every finding on its own line.")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Refuses both at once: a command cannot say less and more. */
    void check() {
        if (quiet && verbose) {
            throw new ParameterException(
                    spec.commandLine(), "--quiet and --verbose cannot be given together");
        }
    }
}
