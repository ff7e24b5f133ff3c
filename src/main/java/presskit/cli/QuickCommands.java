package presskit.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import presskit.channel.Channel;
import presskit.channel.Channels;

/**
 * Answers the two commands people run most often by hand, the top-level help and {@code count}, in
 * the time a bare JVM takes to start: before picocli builds its model of every command (by
 * reflection, most of their time), with the same bytes and exit status picocli's answer has.
 *
 * <p>The help is picocli's own rendering, kept in {@link PresskitHelp}, which {@code
 * QuickCommandsTest} renders again with picocli and compares. {@code count} is taken only with its
 * words and the options {@code --channel} (a built-in channel), {@code --format text|json} and
 * {@code --each-line}, each given once; anything else (another option, a value picocli would
 * reject, a word that looks like an option) is left to picocli, which says what is wrong as it
 * always has.
 */
final class QuickCommands {

    private QuickCommands() {}

    /**
     * The exit status of {@code args} answered here, after printing to {@code out} and {@code err};
     * empty, with nothing read or printed, when picocli must answer.
     */
    static OptionalInt run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        if (!usualHelpLayout()) {
            return OptionalInt.empty();
        }
        if (args.length == 0
                || args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            PrintWriter terminal = Main.terminal(out);
            terminal.print(PresskitHelp.TEXT);
            terminal.flush();
            return OptionalInt.of(ExitCode.OK.code());
        }
        if (args[0].equals("count")) {
            return count(args, in, out, err);
        }
        return OptionalInt.empty();
    }

    private static OptionalInt count(
            String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        String channel = null;
        Format format = null;
        boolean eachLine = false;
        List<String> words = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                words.add(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean attached = name.length() < arg.length();
            if (name.equals("--each-line") && !attached && !eachLine) {
                eachLine = true;
                continue;
            }
            boolean valued =
                    name.equals("--channel") && channel == null
                            || name.equals("--format") && format == null;
            if (!valued || !attached && i + 1 == args.length) {
                return OptionalInt.empty();
            }
            String value = attached ? arg.substring(name.length() + 1) : args[++i];
            if (name.equals("--channel")) {
                channel = value;
            } else if (value.equals("text") || value.equals("json")) {
                format = value.equals("json") ? Format.JSON : Format.TEXT;
            } else {
                return OptionalInt.empty();
            }
        }
        Optional<Channel> rule =
                Channels.builtIn(channel == null ? CountReport.DEFAULT_CHANNEL : channel);
        if (rule.isEmpty() || eachLine && !words.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            List<String> texts = CountReport.texts(words, in, eachLine);
            PrintWriter terminal = Main.terminal(out);
            int status =
                    CountReport.printAll(
                            rule.get(), texts, format == null ? Format.TEXT : format, terminal);
            terminal.flush();
            return OptionalInt.of(status);
        } catch (CommandFailure failure) {
            PrintWriter terminal = Main.terminal(err);
            terminal.println("presskit: " + failure.getMessage());
            terminal.flush();
            return OptionalInt.of(failure.exitCode().code());
        }
    }

    /**
     * Whether picocli lays the help out as it did when {@link PresskitHelp} was made: line breaks
     * of this system, and no {@code picocli.*} system property (a usage width, say) that changes
     * it.
     */
    private static boolean usualHelpLayout() {
        if (!System.lineSeparator().equals("\n")) {
            return false;
        }
        for (Object key : System.getProperties().keySet()) {
            if (key instanceof String name && name.startsWith("picocli.")) {
                return false;
            }
        }
        return true;
    }
}
