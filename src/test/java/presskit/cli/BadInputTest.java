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
 * Every broken file under {@code src/test/resources/bad-input/} ({@code <case>.<file it replaces>.yaml}) makes
 * {@code build} stop with exit status 2 and one located message: file, line, what is wrong. No stack trace, and
 * the previous kit in {@code out/} is left exactly as it was.
 */
class BadInputTest {

    private static final Path BAD = Path.of("src/test/resources/bad-input");
    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    /** Case → the line the message must point at and words it must say. */
    private static final Map<String, Object[]> EXPECTED = Map.ofEntries(
            Map.entry("syntax-error", new Object[] {31, "expected <block end>, but found '{'"}),
            Map.entry("tab-indentation", new Object[] {7, "tab character"}),
            Map.entry("duplicate-key", new Object[] {7, "duplicate key 'title' (first defined on line 6)"}),
            Map.entry("unknown-key", new Object[] {36, "unknown key 'speeker'; did you mean 'speaker'?"}),
            Map.entry("wrong-type", new Object[] {14, "expected a whole number, found text 'hundra'"}),
            Map.entry("missing-required", new Object[] {18, "missing required field 'claim' in 'figures[0]'"}),
            Map.entry("class-tag", new Object[] {7, "is not allowed"}),
            Map.entry("alias-bomb", new Object[] {1, "too many aliases"}),
            Map.entry("invalid-utf8", new Object[] {7, "not valid UTF-8"}),
            Map.entry("empty", new Object[] {1, "file is empty"}),
            Map.entry("only-comments", new Object[] {1, "holds no YAML document"}),
            Map.entry("not-a-mapping", new Object[] {2, "expected a mapping of fields, found a list"}),
            Map.entry("bad-enum", new Object[] {20, "expected one of: 'procent', 'av tio', found 'av hundra'"}),
            Map.entry("bad-date", new Object[] {8, "'2023-02-30' is not a valid date (YYYY-MM-DD)"}),
            Map.entry("year-mismatch", new Object[] {4, "says 2024 but the file is 2023.yaml"}),
            Map.entry("unknown-figure-ref", new Object[] {28, "no figure with id 'andell'; did you mean 'andel'?"}),
            Map.entry("duplicate-id", new Object[] {47, "'rapport' is used twice (also links[0], line 43)"}),
            Map.entry("bad-email", new Object[] {12, "'testa.exempel.se' is not valid: an e-mail address, name@domain.se"}),
            Map.entry("null-value", new Object[] {6, "expected text, found nothing"}),
            Map.entry("bad-region-code", new Object[] {25, "key '1' is not valid: The value per two-digit region code"}));

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.list(BAD)) {
            return files.map(f -> f.getFileName().toString()).sorted()
                    .map(name -> Arguments.of(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1)))
                    .toList().stream();
        }
    }

    @Test
    void thereAreAtLeastFifteenCasesAndEachHasAnExpectation() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(15);
        assertThat(cases().map(a -> (String) a.get()[0])).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stopsWithALocatedMessageAndLeavesOutUntouched(String name, String replaces) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        for (String file : new String[] {"organisation.yaml", "2023.yaml"}) {
            Files.copy(MINIMAL.resolve(file), messages.resolve(file));
        }
        Path out = tmp.resolve("out");
        Cli.Run good = Cli.run("build", "--messages", messages.toString(), "--out", out.toString());
        assertThat(good.status()).as(good.all()).isZero();
        Map<String, String> before = Trees.snapshot(out);

        Files.copy(BAD.resolve(name + "." + replaces), messages.resolve(replaces), StandardCopyOption.REPLACE_EXISTING);
        Cli.Run run = Cli.run("build", "--messages", messages.toString(), "--out", out.toString());

        Object[] expected = EXPECTED.get(name);
        String file = messages.resolve(replaces).toString();
        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).as(run.err())
                .contains(file + ":" + expected[0] + ":")
                .contains((String) expected[1])
                .doesNotContain("Exception", "\tat ", "at presskit.", "at org.");
        assertThat(run.err().lines().filter(l -> l.contains(": error: ")).count()).isGreaterThanOrEqualTo(1);
        assertThat(Trees.snapshot(out)).as("out/ is exactly as before").isEqualTo(before);
    }

    @Test
    void withDebugTheStackTraceIsShown() throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(BAD.resolve("unknown-key.2023.yaml"), messages.resolve("2023.yaml"));

        Cli.Run run = Cli.run("--debug", "build", "--messages", messages.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("DiagnosticException", "\tat ");
    }
}
