package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import presskit.publish.Sleeper;

/**
 * Each command's {@code --help}, word for word: option descriptions are user interface. The
 * approved texts are {@code src/test/resources/help/<command>.txt} ({@code presskit.txt} for the
 * top level). To approve a deliberate change (an option added, a description reworded): {@code mvn
 * test -Dtest=HelpTextTest -Dgolden.update=true}, then read the changed files before committing.
 */
class HelpTextTest {

    private static final Path HELP = Path.of("src/test/resources/help");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String TOP = "presskit";

    /** "presskit" and every command's name, as the picocli model has them. */
    static Stream<String> commands() {
        Context context =
                new Context(
                        InputStream.nullInputStream(),
                        Map.of(),
                        Clock.systemUTC(),
                        Sleeper.SYSTEM,
                        false);
        CommandLine cli = PresskitCommandLine.of(context);
        List<String> names = new ArrayList<>();
        names.add(TOP);
        names.addAll(cli.getSubcommands().keySet());
        return names.stream();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void theHelpIsTheApprovedText(String command) throws IOException {
        Cli.Run run = command.equals(TOP) ? Cli.run("--help") : Cli.run(command, "--help");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        Path approved = HELP.resolve(command + ".txt");
        if (UPDATE) {
            Files.createDirectories(HELP);
            Files.writeString(approved, run.out(), StandardCharsets.UTF_8);
        }
        assertThat(approved).as("approve it with -Dgolden.update=true").exists();
        assertThat(run.out()).isEqualTo(Files.readString(approved, StandardCharsets.UTF_8));
    }

    @Test
    void everyApprovedTextIsACommandsHelp() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(HELP)) {
            list.map(p -> p.getFileName().toString()).forEach(files::add);
        }
        List<String> expected = commands().map(c -> c + ".txt").toList();
        if (UPDATE) {
            for (String orphan : files) {
                if (!expected.contains(orphan)) {
                    Files.delete(HELP.resolve(orphan));
                }
            }
            return;
        }
        assertThat(files)
                .as("help files without a command")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void helpNamesACommandLikeItsHelpOption() {
        Cli.Run help = Cli.run("help", "build");

        assertThat(help.status()).isZero();
        assertThat(help.out()).isEqualTo(Cli.run("build", "--help").out());
    }

    @Test
    void helpAloneIsThePresskitHelp() {
        Cli.Run help = Cli.run("help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).isEqualTo(Cli.run("--help").out());
    }

    @Test
    void everyCommandsHelpHasAnExample() {
        commands()
                .forEach(
                        command ->
                                assertThat(help(command))
                                        .as(command)
                                        .containsPattern("\nExamples:\n(  .*\n)*  .*presskit "));
    }

    /** As gh and hugo do: "Build …", "Check …", never "Builds …" or "Checks …". */
    @Test
    void everyCommandSaysWhatItDoesInTheImperative() {
        commands()
                .forEach(
                        command -> {
                            // The first line outside the synopsis, whose wrapped lines are
                            // indented (help's own summary stands above it).
                            String summary =
                                    help(command)
                                            .lines()
                                            .filter(l -> !l.isBlank())
                                            .filter(l -> !l.startsWith("Usage:"))
                                            .filter(l -> !l.startsWith(" "))
                                            .findFirst()
                                            .orElseThrow();
                            String verb = summary.substring(0, summary.indexOf(' '));
                            assertThat(verb).as(command + ": " + summary).doesNotEndWith("s");
                        });
    }

    private static String help(String command) {
        return command.equals(TOP) ? Cli.run("--help").out() : Cli.run(command, "--help").out();
    }

    @Test
    void anOptionSharedByCommandsSaysWhatItLimitsInEach() {
        assertThat(Cli.run("build", "--help").out()).contains("Build only these levels");
        assertThat(Cli.run("validate", "--help").out()).contains("Check only these levels");
        assertThat(Cli.run("links", "--help").out()).contains("Check only the links of these");
        assertThat(Cli.run("export", "--help").out()).contains("Export only the plan's posts");
    }
}
