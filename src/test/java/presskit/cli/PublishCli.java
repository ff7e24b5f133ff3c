package presskit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code presskit} in-process with the real wiring, a chosen environment and a recording sleeper. */
final class PublishCli {

    /** What one run printed and returned. */
    record Result(int exit, String out, String err) {
    }

    private Map<String, String> environment = Map.of();
    final List<Duration> sleeps = new ArrayList<>();

    PublishCli environment(Map<String, String> values) {
        this.environment = Map.copyOf(values);
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        PublishCommand publish = cli.getSubcommands().get("publish").getCommand();
        publish.environment = environment;
        publish.sleeper = sleeps::add;
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
