package presskit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import presskit.channel.Channel;
import presskit.write.WriteFailure;

/**
 * What {@code presskit count} reads and prints: one place for {@link CountCommand} and for {@link
 * QuickCommands}, which answers a plain count before picocli is set up, so that the two cannot
 * answer differently.
 */
final class CountReport {

    /** The network whose rule counts when none is named: count's --channel default. */
    static final String DEFAULT_CHANNEL = "x";

    private CountReport() {}

    /**
     * The texts to count: the words joined by spaces, else what standard input holds.
     *
     * @throws CommandFailure when standard input cannot be read
     */
    static List<String> texts(List<String> words, InputStream in, boolean eachLine) {
        return words != null && !words.isEmpty()
                ? List.of(String.join(" ", words))
                : read(in, eachLine);
    }

    /** Prints each text's length and returns the exit status: whether every text fits. */
    static int printAll(Channel rule, List<String> texts, Format format, PrintWriter out) {
        boolean allFit = true;
        for (String text : texts) {
            allFit &= print(rule, text, format, out);
        }
        return allFit ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    /** Prints the length of {@code text} as {@code rule} counts it and returns whether it fits. */
    private static boolean print(Channel rule, String text, Format format, PrintWriter out) {
        int length = rule.length(text);
        boolean fits = rule.fits(text);
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
            // Not printf: its locale data costs a cold start of count more than the counting does,
            // and a count is written in ASCII digits whatever the locale, as the JSON form is.
            out.println(
                    new StringBuilder()
                            .append(length)
                            .append(" / ")
                            .append(rule.limit())
                            .append(" (")
                            .append(rule.name())
                            .append(')')
                            .append(fits ? "" : " — over the limit"));
        }
        return fits;
    }

    /**
     * The texts on standard input: every line on its own with {@code eachLine}, else the whole
     * input without the line break that ends it.
     */
    private static List<String> read(InputStream in, boolean eachLine) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (eachLine) {
                return reader.lines().toList();
            }
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
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
