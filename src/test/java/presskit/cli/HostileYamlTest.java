package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Campaign files written to break presskit (the attack review's YAML cases): huge files,
 * self-containing and multiplying aliases, deep nesting, NUL bytes. Each one stops {@code validate}
 * with exit 2 and one located message in words, never an unexpected error, a stack trace or a raw
 * control character on the terminal.
 *
 * <p>The campaign is the invented minimal fixture with one value changed; line and column are those
 * of the changed value in that fixture.
 */
class HostileYamlTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    /** Generous: each case is refused at load, in well under a second. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023.yaml", "organisation.yaml", "channels.yaml"})
    void aHugeSparseFileIsMeasuredBeforeItIsRead(String file) throws IOException {
        Path messages = campaign();
        try (RandomAccessFile sparse =
                new RandomAccessFile(messages.resolve(file).toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }

        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> validate(messages));

        assertRefused(
                run,
                messages.resolve(file),
                1,
                1,
                "file is 3 221 225 472 bytes; at most 2 097 152 (2 MiB) are accepted");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    '  body:\\n    - Det här är en påhittad brödtext.' | '  body: &loop [*loop]'          | 25 | 16 | 'release.body[0]': the alias *loop
                    '  short:\\n    - Testa mera.'                     | '  short: &loop [Testa, *loop]'  | 31 | 24 | 'messages.short[1]': the alias *loop
                    '    - Testa mera.'                               | '    - &m {a: [b, {c: *m}]}'     | 32 | 22 | 'messages.short[0].a[1].c': the alias *m
                    """)
    void anAliasInsideItselfIsLocatedAtTheAlias(
            String from, String to, int line, int column, String start) throws IOException {
        Path messages = campaign();
        edit(messages.resolve("2023.yaml"), from.replace("\\n", "\n"), to);

        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> validate(messages));

        assertRefused(
                run,
                messages.resolve("2023.yaml"),
                line,
                column,
                start
                        + " stands inside the value it names, which would repeat without end;"
                        + " write the value out instead");
    }

    @Test
    void aliasesMayNotMultiplyAFileIntoMillionsOfValues() throws IOException {
        Path messages = campaign();
        append(
                messages.resolve("2023.yaml"),
                "a: &a ["
                        + "x, ".repeat(999)
                        + "x]\n"
                        + "b: &b ["
                        + "*a, ".repeat(9)
                        + "*a]\n"
                        + "c: ["
                        + "*b, ".repeat(9)
                        + "*b]\n");

        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> validate(messages));

        assertRefused(
                run,
                messages.resolve("2023.yaml"),
                47,
                8,
                "with its aliases (*name) the file holds more than 100 000 values, each alias"
                        + " counted as the copy it makes; write the values out instead of repeating"
                        + " aliases");
    }

    @Test
    void tooDeepNestingIsLocatedWhereItGoesTooDeep() throws IOException {
        Path messages = campaign();
        edit(
                messages.resolve("2023.yaml"),
                "  lede:",
                "  deep: " + "[".repeat(60) + "1" + "]".repeat(60) + "\n  lede:");

        assertRefused(
                validate(messages),
                messages.resolve("2023.yaml"),
                24,
                47,
                "lists and mappings are nested more than 40 levels deep here; presskit's files"
                        + " need only a few levels");
    }

    @Test
    void aNulByteIsLocatedWhereItStands() throws IOException {
        Path messages = campaign();
        edit(messages.resolve("2023.yaml"), "Testa mera.", "Testa\0 mera.");

        assertRefused(
                validate(messages),
                messages.resolve("2023.yaml"),
                32,
                12,
                "the file contains U+0000 (NULL), a character YAML does not allow; remove it");
    }

    private Path campaign() throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        for (String file : new String[] {"organisation.yaml", "2023.yaml"}) {
            Files.copy(MINIMAL.resolve(file), messages.resolve(file));
        }
        return messages;
    }

    /** Replaces {@code from} by {@code to}; an empty {@code from} writes a new file. */
    private static void edit(Path file, String from, String to) throws IOException {
        if (from.isEmpty()) {
            Files.writeString(file, to + "\n");
            return;
        }
        String text = Files.readString(file);
        assertThat(text).as("the fixture holds the text to change").contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static Cli.Run validate(Path messages) {
        return Cli.run("validate", "--messages", messages.toString());
    }

    /** Exit 2 and exactly this located line; nothing a user should not see. */
    private static void assertRefused(
            Cli.Run run, Path file, int line, int column, String message) {
        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err().lines())
                .as(run.all())
                .contains(file + ":" + line + ":" + column + ": error: " + message);
        assertThat(run.all())
                .doesNotContain("unexpected error", "Exception", "Error:", "\tat ")
                .doesNotContain("\u001b", "\u0007", "\r", "\u202e", "\u2066", "\0");
        assertThat(run.all().chars().filter(c -> Character.isSurrogate((char) c)).count())
                .as("half surrogates in the output")
                .isZero();
    }
}
