package presskit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.write.WriteFailure;

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
            defaultValue = "x",
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
        Channels channels = Channels.builtIn();
        Channel rule =
                channels.find(channel)
                        .orElseThrow(
                                () ->
                                        new picocli.CommandLine.ParameterException(
                                                spec.commandLine(),
                                                "unknown channel '"
                                                        + channel
                                                        + "'; known: "
                                                        + String.join(", ", channels.ids())));
        if (eachLine && words != null && !words.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--each-line reads standard input; do not give TEXT as well");
        }
        List<String> texts =
                words != null && !words.isEmpty() ? List.of(String.join(" ", words)) : readStdin();
        boolean allFit = true;
        for (String text : texts) {
            allFit &= print(rule, text);
        }
        return allFit ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    private boolean print(Channel rule, String text) {
        int length = rule.length(text);
        boolean fits = rule.fits(text);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            var node =
                    new ObjectMapper()
                            .createObjectNode()
                            .put("channel", rule.id())
                            .put("length", length)
                            .put("limit", rule.limit())
                            .put("valid", fits);
            out.println(node.toString());
        } else {
            out.printf(
                    "%d / %d (%s)%s%n",
                    length, rule.limit(), rule.name(), fits ? "" : " — over the limit");
        }
        return fits;
    }

    private List<String> readStdin() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8))) {
            if (eachLine) {
                return in.lines().toList();
            }
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.append(buffer, 0, n);
            }
            String text = all.toString();
            // The newline that ends the last line of a file or an echo is not part of the post.
            return List.of(
                    text.endsWith("\r\n")
                            ? text.substring(0, text.length() - 2)
                            : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        } catch (IOException | UncheckedIOException e) {
            IOException cause =
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
            throw new CommandFailure(
                    ExitCode.IO, "cannot read standard input: " + WriteFailure.reasonOf(cause));
        }
    }
}
