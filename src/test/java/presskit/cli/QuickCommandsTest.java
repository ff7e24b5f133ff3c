package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The top-level help and {@code count}, answered before picocli is set up, print what picocli
 * prints and end with the same status; what they do not answer exactly is left to picocli. The help
 * they print is {@link PresskitHelp}, picocli's own rendering: after a change to the commands,
 * write it again with {@code mvn test -Dtest=QuickCommandsTest -Dgolden.update=true}.
 */
class QuickCommandsTest {

    private static final Path HELP = Path.of("src/main/java/presskit/cli/PresskitHelp.java");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @Test
    void theKeptHelpIsPicocliRenderingOfTheHelp() throws IOException {
        String rendered = Cli.run("--help").out();
        if (UPDATE) {
            String source = Files.readString(HELP, StandardCharsets.UTF_8);
            int start = source.indexOf("    static final String TEXT =");
            int end = source.indexOf(";\n", start) + 2;
            Files.writeString(
                    HELP,
                    source.substring(0, start) + constant(rendered) + source.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(PresskitHelp.TEXT).as("write it with -Dgolden.update=true").isEqualTo(rendered);
    }

    /** {@code text} as the Java declaration of PresskitHelp.TEXT, a literal for each line. */
    private static String constant(String text) {
        StringBuilder java = new StringBuilder("    static final String TEXT =\n            \"\"");
        for (String line : text.split("(?<=\n)")) {
            java.append("\n                    + \"");
            for (char c : line.toCharArray()) {
                switch (c) {
                    case '\\' -> java.append("\\\\");
                    case '"' -> java.append("\\\"");
                    case '\n' -> java.append("\\n");
                    default -> java.append(c < ' ' ? String.format("\\u%04x", (int) c) : c);
                }
            }
            java.append('"');
        }
        return java.append(";\n").toString();
    }

    static Stream<List<String>> helpArguments() {
        return Stream.of(List.of("--help"), List.of("-h"), List.of());
    }

    @ParameterizedTest(name = "presskit {0}")
    @MethodSource("helpArguments")
    void theHelpIsPicocliHelp(List<String> args) {
        assertSameAsPicocli(args, "");
    }

    static Stream<Arguments> counts() {
        String long281 = "Skolpersonalen ".repeat(18) + "x".repeat(11);
        return Stream.of(
                Arguments.of(List.of("count", "Hej #test")),
                Arguments.of(List.of("count", "Åtta", "av", "tio", "lärare", "på", "Östermalm")),
                Arguments.of(
                        List.of("count", "Elevhälsan behöver fler kuratorer 👩‍👩‍👧 🇸🇪 ✌🏽")),
                Arguments.of(
                        List.of("count", "Läs mer: https://exempel.se/rapport och lararna.se")),
                Arguments.of(List.of("count", "@Skolfacket_Ombud hej @x #skola")),
                Arguments.of(List.of("count", "", "  ", "tomt")),
                Arguments.of(List.of("count", "Bidi \u202e och \u001b[31m")),
                Arguments.of(List.of("count", long281)),
                Arguments.of(List.of("count", "--channel", "bluesky", long281 + long281)),
                Arguments.of(List.of("count", "--channel=mastodon", "Länk https://exempel.se")),
                Arguments.of(List.of("count", "--format", "json", "Hej", "#test")),
                Arguments.of(List.of("count", "Hej", "--format=json", "--channel", "linkedin")),
                Arguments.of(List.of("count", "--format", "text", "--channel", "facebook", "Hej")),
                Arguments.of(List.of("count", "--format", "json", long281)));
    }

    @ParameterizedTest(name = "presskit {0}")
    @MethodSource("counts")
    void countIsPicocliCount(List<String> args) {
        assertSameAsPicocli(args, "");
    }

    static Stream<Arguments> standardInputs() {
        return Stream.of(
                Arguments.of(List.of("count"), "Hej från skolgården 😀\n"),
                Arguments.of(List.of("count", "--channel", "bluesky"), "rad ett\r\n"),
                Arguments.of(List.of("count", "--each-line"), "ett\nhttps://exempel.se/a\n😀\n"),
                Arguments.of(
                        List.of("count", "--each-line", "--format", "json"),
                        "kort\n" + "å".repeat(300) + "\n"),
                Arguments.of(List.of("count", "--each-line"), ""));
    }

    @ParameterizedTest(name = "presskit {0} < {1}")
    @MethodSource("standardInputs")
    void countOfStandardInputIsPicocliCount(List<String> args, String stdin) {
        assertSameAsPicocli(args, stdin);
    }

    @Test
    void unreadableStandardInputIsTheSameFailure(@TempDir Path folder) throws IOException {
        Cli.Run picocli = new Cli().stdin(folder).execute("count");
        Cli.Run quick;
        try (InputStream in = Files.newInputStream(folder)) {
            quick = quick(new String[] {"count"}, in);
        }
        assertThat(quick).isEqualTo(picocli);
        assertThat(quick.status()).isEqualTo(ExitCode.IO.code());
    }

    /** Options, values and word shapes that picocli answers, with an error or otherwise. */
    @ParameterizedTest(name = "presskit {0}")
    @ValueSource(
            strings = {
                "--version",
                "--help build",
                "build",
                "help",
                "count --help",
                "count --channel myspace hej",
                "count --channel",
                "count --format JSON hej",
                "count --format xml hej",
                "count --channel x --channel bluesky hej",
                "count --each-line hej",
                "count --each-line --each-line",
                "count --each-line=true",
                "count --debug hej",
                "count -5 grader",
                "count -- -ord",
            })
    void anythingElseIsLeftToPicocli(String args) {
        OptionalInt status =
                QuickCommands.run(
                        args.split(" "),
                        InputStream.nullInputStream(),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()));
        assertThat(status).isEmpty();
    }

    private static void assertSameAsPicocli(List<String> args, String stdin) {
        String[] argv = args.toArray(String[]::new);
        Cli.Run picocli = new Cli().stdin(stdin).execute(argv);
        Cli.Run quick =
                quick(argv, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        assertThat(quick).isEqualTo(picocli);
    }

    private static Cli.Run quick(String[] args, InputStream in) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OptionalInt status =
                QuickCommands.run(args, in, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as("answered before picocli").isPresent();
        return new Cli.Run(status.getAsInt(), out.toString(), err.toString());
    }
}
