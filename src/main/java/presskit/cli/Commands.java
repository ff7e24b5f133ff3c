package presskit.cli;

import picocli.CommandLine.Model.CommandSpec;
import presskit.build.Timings;

/** What the commands share beyond their options. */
final class Commands {

    private Commands() {}

    /**
     * Phase timings on standard error when {@code PRESSKIT_TIMINGS} is set (the benchmark does).
     */
    static Timings timings(CommandSpec spec, Context context) {
        return !context.environment().containsKey("PRESSKIT_TIMINGS")
                ? Timings.OFF
                : Timings.printedTo(spec.commandLine().getErr());
    }
}
