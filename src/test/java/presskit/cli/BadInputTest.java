package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken file under {@code src/test/resources/bad-input/} ({@code <case>.<file it
 * replaces>.yaml}) makes {@code build} stop with exit status 2 and a located message, asserted
 * whole: file, line, column, what is wrong. No stack trace, and the previous kit in {@code out/} is
 * left exactly as it was.
 */
class BadInputTest {

    private static final Path BAD = Path.of("src/test/resources/bad-input");
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    /** Where a case's message must point, and what it must say after {@code error: }. */
    record Expected(int line, int column, String message) {}

    private static final Map<String, Expected> EXPECTED =
            Map.ofEntries(
                    Map.entry(
                            "syntax-error",
                            new Expected(
                                    25,
                                    9,
                                    "the quote \" that opens this value is not closed on its line;"
                                            + " close it where the value ends (YAML went on reading"
                                            + " to line 31 for it)")),
                    Map.entry(
                            "colon-in-text",
                            new Expected(
                                    7,
                                    21,
                                    "a colon followed by a space inside unquoted text starts a new"
                                            + " field in YAML; if the colon belongs to the text, put"
                                            + " the whole value in double quotes, e.g. subtitle:"
                                            + " \"Påhittad: för tester\"")),
                    Map.entry(
                            "hash-in-text",
                            new Expected(
                                    7,
                                    13,
                                    "'subtitle' is empty: a value that begins with # is a comment"
                                            + " in YAML; put the value in double quotes, e.g."
                                            + " subtitle: \"#1 bland tester\"")),
                    // In a list item the key stands after "- ": the next item is no value of
                    // it.
                    Map.entry(
                            "hash-in-list",
                            new Expected(
                                    40,
                                    10,
                                    "'tag' is empty: a value that begins with # is a comment in"
                                            + " YAML; put the value in double quotes, e.g. tag:"
                                            + " \"#testrapporten\"")),
                    Map.entry(
                            "misindented",
                            new Expected(
                                    22,
                                    4,
                                    "this line is not lined up with the lines around it; YAML reads"
                                            + " the spaces at the start of a line as structure, so"
                                            + " indent a field exactly like the other fields of the"
                                            + " same mapping, with spaces only")),
                    Map.entry(
                            "tab-indentation",
                            new Expected(
                                    7,
                                    1,
                                    "a tab character is used for indentation; YAML needs spaces")),
                    Map.entry(
                            "duplicate-key",
                            new Expected(
                                    7,
                                    3,
                                    "'report.title': duplicate key 'title' (first defined on line 6)")),
                    Map.entry(
                            "unknown-key",
                            new Expected(
                                    36,
                                    5,
                                    "'quotes[0].speeker': unknown key 'speeker'; did you mean 'speaker'?")),
                    Map.entry(
                            "wrong-type",
                            new Expected(
                                    14,
                                    16,
                                    "'survey.respondents': expected a whole number, found text 'hundra'")),
                    Map.entry(
                            "missing-required",
                            new Expected(
                                    18,
                                    5,
                                    "'figures[0].claim': missing required field 'claim' in 'figures[0]'")),
                    Map.entry(
                            "class-tag",
                            new Expected(
                                    7,
                                    13,
                                    "tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed;"
                                            + " write plain YAML values")),
                    Map.entry(
                            "alias-bomb",
                            new Expected(
                                    5, 14, "too many aliases (*name); at most 20 are accepted")),
                    Map.entry(
                            "recursive-alias",
                            new Expected(
                                    26,
                                    16,
                                    "'release.body[0]': the alias *loop stands inside the value it"
                                            + " names, which would repeat without end; write the"
                                            + " value out instead")),
                    Map.entry(
                            "deep-nesting",
                            new Expected(
                                    25,
                                    47,
                                    "lists and mappings are nested more than 40 levels deep here;"
                                            + " presskit's files need only a few levels")),
                    Map.entry(
                            "nul-byte",
                            new Expected(
                                    33,
                                    12,
                                    "the file contains U+0000 (NULL), a character YAML does not"
                                            + " allow; remove it")),
                    Map.entry(
                            "invalid-utf8",
                            new Expected(
                                    7,
                                    14,
                                    "the file is not valid UTF-8 (byte 0xe5); save it as UTF-8")),
                    Map.entry(
                            "empty",
                            new Expected(1, 1, "file is empty; expected a YAML mapping of fields")),
                    Map.entry(
                            "only-comments",
                            new Expected(
                                    1,
                                    1,
                                    "file holds no YAML document; expected a mapping of fields")),
                    Map.entry(
                            "not-a-mapping",
                            new Expected(2, 1, "expected a mapping of fields, found a list")),
                    Map.entry(
                            "bad-enum",
                            new Expected(
                                    20,
                                    11,
                                    "'figures[0].unit': expected one of: 'procent', 'av tio', 'antal',"
                                            + " found 'av hundra'")),
                    Map.entry(
                            "bad-date",
                            new Expected(
                                    8,
                                    14,
                                    "'report.published': '2023-02-30' is not a valid date; write the day as"
                                            + " YYYY-MM-DD, in 2000–2099, e.g. 2023-09-18")),
                    Map.entry(
                            "year-mismatch",
                            new Expected(
                                    4,
                                    7,
                                    "'year': says 2024 but the file is 2023.yaml; they must agree")),
                    Map.entry(
                            "unknown-figure-ref",
                            new Expected(
                                    28,
                                    13,
                                    "'release.figures[0]': no figure with id 'andell'; did you mean 'andel'?")),
                    Map.entry(
                            "duplicate-id",
                            new Expected(
                                    47,
                                    5,
                                    "'links[1]': 'rapport' is used twice (also links[0], line 43)")),
                    Map.entry(
                            "bad-email",
                            new Expected(
                                    12,
                                    12,
                                    "'contacts[0].email': 'testa.exempel.se' is not valid: an e-mail address,"
                                            + " name@domain.se")),
                    Map.entry(
                            "null-value",
                            new Expected(
                                    6,
                                    9,
                                    "'report.title': expected text, found nothing (an empty value)")),
                    Map.entry(
                            "bad-region-code",
                            new Expected(
                                    25,
                                    7,
                                    "'figures[0].regions.1': key '1' is not valid: The value per two-digit"
                                            + " region code, where the report gives one.")));

    @TempDir Path tmp;

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .map(
                            name ->
                                    Arguments.of(
                                            name.substring(0, name.indexOf('.')),
                                            name.substring(name.indexOf('.') + 1)))
                    .toList()
                    .stream();
        }
    }

    @Test
    void thereAreAtLeastFifteenCasesAndEachHasAnExpectation() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(15);
        assertThat(cases().map(a -> (String) a.get()[0]))
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stopsWithALocatedMessageAndLeavesOutUntouched(String name, String replaces)
            throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        for (String file : new String[] {"organisation.yaml", "sweden.yaml", "2023.yaml"}) {
            Files.copy(MINIMAL.resolve(file), messages.resolve(file));
        }
        Path out = tmp.resolve("out");
        Cli.Run good = Cli.build(messages, out);
        assertThat(good.status()).as(good.all()).isZero();
        Map<String, String> before = Trees.snapshot(out);

        Files.copy(
                BAD.resolve(name + "." + replaces),
                messages.resolve(replaces),
                StandardCopyOption.REPLACE_EXISTING);
        Cli.Run run = Cli.build(messages, out);

        Expected expected = EXPECTED.get(name);
        String place = messages.resolve(replaces) + ":" + expected.line() + ":";
        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        String line =
                run.err()
                        .lines()
                        .filter(l -> l.startsWith(place))
                        .findFirst()
                        .orElse("no line at " + place);
        assertThat(line)
                .as(run.err())
                .isEqualTo(place + expected.column() + ": error: " + expected.message());
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "at presskit.", "at org.");
        assertThat(Trees.snapshot(out)).as("out/ is exactly as before").isEqualTo(before);
    }

    @Test
    void withDebugTheStackTraceIsShown() throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        Files.copy(BAD.resolve("unknown-key.2023.yaml"), messages.resolve("2023.yaml"));

        Cli.Run run =
                Cli.run(
                        "--debug",
                        "build",
                        "--messages",
                        messages.toString(),
                        "--out",
                        tmp.resolve("out").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("DiagnosticException", "\tat ");
    }
}
