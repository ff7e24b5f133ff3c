package presskit.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import presskit.channel.Channel;
import presskit.channel.Channels;

/** {@code presskit count}: the length of a text as a network counts it. */
@Command(
        name = "count",
        mixinStandardHelpOptions = true,
        description = {
            "Print the length of TEXT (or of standard input) as a network counts it.",
            "Exit status: 0 when it fits, 1 when it is over the limit."
        })
@Examples({
    "presskit count \"Elevhälsan behöver fler kuratorer #skolpersonal\"",
    "presskit count --channel bluesky < post.txt",
    "presskit count --each-line --format json < posts.txt"
})
final class CountCommand implements Callable<Integer> {

    @Option(
            names = "--channel",
            paramLabel = "CHANNEL",
            defaultValue = CountReport.DEFAULT_CHANNEL,
            description = "Network whose rule to use (default: ${DEFAULT-VALUE}).")
    String channel;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    @Option(
            names = "--each-line",
            description = "Count every line of standard input as its own text.")
    boolean eachLine;

    @Parameters(
            paramLabel = "TEXT",
            arity = "0..*",
            description =
                    "The text; its words are joined by spaces. "
                            + "Without it, standard input is read.")
    List<String> words;

    @Spec CommandSpec spec;

    private final Context context;

    CountCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Channel rule =
                Channels.builtIn(channel)
                        .orElseThrow(
                                () ->
                                        new picocli.CommandLine.ParameterException(
                                                spec.commandLine(),
                                                "unknown channel '"
                                                        + channel
                                                        + "'; known: "
                                                        + String.join(
                                                                ", ", Channels.builtIn().ids())));
        if (eachLine && words != null && !words.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--each-line reads standard input; do not give TEXT as well");
        }
        return CountReport.printAll(
                rule,
                CountReport.texts(words, context.in(), eachLine),
                format,
                spec.commandLine().getOut());
    }
}
