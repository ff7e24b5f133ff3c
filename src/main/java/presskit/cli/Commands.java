package presskit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import presskit.build.Timings;

/** What the commands share beyond their options. */
final class Commands {

    private Commands() {}

    /**
     * Phase timings on standard error when {@code PRESSKIT_TIMINGS} is set (the benchmark does).
     */
    static Timings timings(CommandSpec spec, Context context) {
        return Timings.of(benchmark(spec, context));
    }

    /**
     * The benchmark's timings, and the steps told as {@code verbosity} asks: a progress line for a
     * person at a terminal unless {@code --quiet}, each step with its time under {@code --verbose}.
     */
    static Timings timings(CommandSpec spec, Context context, Verbosity verbosity) {
        List<Timings.Listener> listeners = new ArrayList<>(benchmark(spec, context));
        boolean line = context.console() && !verbosity.quiet && !verbosity.verbose;
        if (line || verbosity.verbose) {
            listeners.add(new StepProgress(spec.commandLine().getErr(), line, verbosity.verbose));
        }
        return Timings.of(listeners);
    }

    private static List<Timings.Listener> benchmark(CommandSpec spec, Context context) {
        PrintWriter err = spec.commandLine().getErr();
        return context.environment().containsKey("PRESSKIT_TIMINGS")
                ? List.of(Timings.printedTo(err))
                : List.of();
    }
}
