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
 * Campaign files written to break presskit (the attack review's YAML cases): numbers beyond an int
 * or a double, date-times the schema once let through, endless texts, huge files, self-containing
 * aliases, deep nesting, NUL bytes, control and direction characters. Each one stops {@code
 * validate} with exit 2 and one located message in words, never an unexpected error, a stack trace
 * or a raw control character on the terminal.
 *
 * <p>The campaign is the invented minimal fixture with one value changed; line and column are those
 * of the changed value in that fixture.
 */
class HostileYamlTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    /** Generous: each case is refused at load, in well under a second. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir Path tmp;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    2023.yaml     | 'respondents: 100'   | 'respondents: 4294967456'  | 13 | 16 | 'survey.respondents': must be a whole number from 1 to 10 000 000; found 4294967456
                    2023.yaml     | 'respondents: 100'   | 'respondents: 0'           | 13 | 16 | 'survey.respondents': must be a whole number from 1 to 10 000 000; found 0
                    2023.yaml     | 'response_rate: 50'  | 'response_rate: 1.0e400'   | 15 | 18 | 'survey.response_rate': must be a whole number from 0 to 100; found a number of 401 digits
                    2023.yaml     | 'response_rate: 50'  | 'response_rate: -1.0e400'  | 15 | 18 | 'survey.response_rate': must be a whole number from 0 to 100; found a number of 401 digits
                    2023.yaml     | 'response_rate: 50'  | 'response_rate: 50.5'      | 15 | 18 | 'survey.response_rate': expected a whole number, found the number 50.5
                    2023.yaml     | 'value: 7'           | 'value: 4294967303'        | 18 | 12 | 'figures[0].value': must be a number from 0 to 1 000 000 000; found 4294967303
                    2023.yaml     | 'year: 2023'         | 'year: 18446744073709553639' | 3 | 7 | 'year': must be a whole number from 2000 to 2099; found 18446744073709553639
                    2023.yaml     | 'year: 2023'         | 'year: 1.0e99999999'       |  3 |  7 | 'year': '1.0e99999999' is a number of more than 1000 digits; no field takes one, write the number itself, e.g. 158
                    channels.yaml | ''                   | 'x: {limit: 4294967297}'   |  1 | 12 | 'x.limit': must be a whole number from 1 to 100 000; found 4294967297
                    channels.yaml | ''                   | 'mastodon: {limit: 2147483648}' | 1 | 19 | 'mastodon.limit': must be a whole number from 1 to 100 000; found 2147483648
                    channels.yaml | ''                   | 'mastodon: {url_length: 2147483647}' | 1 | 24 | 'mastodon.url_length': must be a whole number from 1 to 1000; found 2147483647
                    channels.yaml | ''                   | 'facebook: {limit: 0}'     |  1 | 19 | 'facebook.limit': must be a whole number from 1 to 100 000; found 0
                    """)
    void everyNumberIsBoundedAndReadExactly(
            String file, String from, String to, int line, int column, String message)
            throws IOException {
        Path messages = campaign();
        edit(messages.resolve(file), from, to);

        assertRefused(validate(messages), messages.resolve(file), line, column, message);
    }

    @Test
    void aRegionalFigureIsBoundedToo() throws IOException {
        Path messages = campaign();
        edit(
                messages.resolve("2023.yaml"),
                "    source: Testrapporten 2023\n",
                "    source: Testrapporten 2023\n    regions: {\"01\": 4294967303}\n");

        assertRefused(
                validate(messages),
                messages.resolve("2023.yaml"),
                23,
                21,
                "'figures[0].regions.01': must be a number from 0 to 1 000 000 000; found"
                        + " 4294967303");
    }

    @Test
    void aPlanEntryNamingAMessageBeyondAnyIntIsLocated() throws IOException {
        Path messages = campaign();
        append(
                messages.resolve("2023.yaml"),
                "plan:\n  - {at: 2023-09-18T06:00:00+02:00, channel: x, post: key-99999999999}\n");

        assertRefused(
                validate(messages),
                messages.resolve("2023.yaml"),
                47,
                55,
                "'plan[0].post': 'key-99999999999' does not exist: the year has 1 key messages");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2023-09-18 06:00:00+02:00", // the space YAML timestamps allow
        "2016-12-31T23:59:60Z", // a leap second
        "2023-09-18t06:00:00z", // lower case
        "2023-09-18T06:00+02:00", // no seconds
        "2023-09-18T06:00:00.5+02:00", // a fraction
        "2023-09-18T06:00:00+19:00", // beyond any offset
        "2023-09-18T06:00:00", // no offset
        "1999-12-31T23:55:00Z", // before 2000
    })
    void aDateTimeIsWrittenOneWayWhateverTheSchemaOnceAllowed(String written) throws IOException {
        Path messages = campaign();
        edit(
                messages.resolve("2023.yaml"),
                "  published: 2023-09-18\n",
                "  published: 2023-09-18\n  embargo: " + written + "\n");

        assertRefused(
                validate(messages),
                messages.resolve("2023.yaml"),
                8,
                12,
                "'report.embargo': '"
                        + written
                        + "' is not a valid date and time; write it as 2023-09-18T06:00:00+02:00:"
                        + " the day (2000–2099), a capital T, the time to the second (00–59) and"
                        + " the offset from UTC (Z or +02:00)");
    }

    @Test
    void aPlanTimeIsReadTheSameWay() throws IOException {
        Path messages = campaign();
        append(
                messages.resolve("2023.yaml"),
                "plan:\n  - {at: 2023-09-18 06:00:00+02:00, channel: x, post: key-1}\n");

        assertRefused(
                validate(messages),
                messages.resolve("2023.yaml"),
                47,
                10,
                "'plan[0].at': '2023-09-18 06:00:00+02:00' is not a valid date and time; write it"
                        + " as 2023-09-18T06:00:00+02:00: the day (2000–2099), a capital T, the time"
                        + " to the second (00–59) and the offset from UTC (Z or +02:00)");
    }

    @Test
    void aDayOutsideTheCalendarOrTheCenturyIsLocated() throws IOException {
        Path messages = campaign();
        edit(messages.resolve("2023.yaml"), "from: 2023-05-15", "from: 0001-05-15");

        assertRefused(
                validate(messages),
                messages.resolve("2023.yaml"),
                10,
                9,
                "'survey.from': '0001-05-15' is not a valid date; write the day as YYYY-MM-DD, in"
                        + " 2000–2099, e.g. 2023-09-18");
    }

    @Test
    void aTitleOfAHundredThousandCharactersIsRefusedAtOnce() throws IOException {
        Path messages = campaign();
        edit(
                messages.resolve("2023.yaml"),
                "title: Testrapporten 2023",
                "title: " + "a".repeat(100_000));

        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> validate(messages));

        assertRefused(
                run,
                messages.resolve("2023.yaml"),
                5,
                10,
                "'report.title': is 100 000 characters long; at most 300 are accepted");
    }

    @Test
    void aShortMessageOfAMillionCharactersIsRefusedAtOnce() throws IOException {
        Path messages = campaign();
        edit(messages.resolve("2023.yaml"), "- Testa mera.", "- " + "x".repeat(1_000_000));

        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> validate(messages));

        assertRefused(
                run,
                messages.resolve("2023.yaml"),
                32,
                7,
                "'messages.short[0]': is 1 000 000 characters long; at most 1000 are accepted");
    }

    @Test
    void aFieldWithoutItsOwnBoundHasTheGeneralOne() throws IOException {
        Path messages = campaign();
        edit(
                messages.resolve("2023.yaml"),
                "url: https://www.vision.se/",
                "url: https://www.vision.se/" + "a".repeat(20_000));

        Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> validate(messages));

        assertRefused(
                run,
                messages.resolve("2023.yaml"),
                43,
                10,
                "'links[0].url': is 20 022 characters long; no text in presskit's files may be"
                        + " longer than 10 000");
    }

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    '"Testa \\e[2J mera"'     | 7 | U+001B (ESCAPE), a control character; a text may hold none but the line break and the tab
                    '"Testa \\e]0;titel\\a"'  | 7 | U+001B (ESCAPE), a control character; a text may hold none but the line break and the tab
                    '"Testa mera\\a"'         | 11 | U+0007 (BEL), a control character; a text may hold none but the line break and the tab
                    '"Testa\\rmera"'          | 6 | U+000D (CARRIAGE RETURN (CR)), a control character; a text may hold none but the line break and the tab
                    '"Testa \\x7F mera"'      | 7 | U+007F (DELETE), a control character; a text may hold none but the line break and the tab
                    '"Testa \\x9B2J mera"'    | 7 | U+009B (CONTROL SEQUENCE INTRODUCER), a control character; a text may hold none but the line break and the tab
                    '"Testa \\u202E arem"'    | 7 | U+202E (RIGHT-TO-LEFT OVERRIDE), which turns the direction of the text, so that it reads otherwise than it is written
                    '"Testa \\u2066mera\\u2069"' | 7 | U+2066 (LEFT-TO-RIGHT ISOLATE), which turns the direction of the text, so that it reads otherwise than it is written
                    '"Testa \\uD800 mera"'    | 7 | U+D800, half of a surrogate pair without its other half, which no output can hold
                    'Testa \u202Earem'        | 7 | U+202E (RIGHT-TO-LEFT OVERRIDE), which turns the direction of the text, so that it reads otherwise than it is written
                    """)
    void controlAndDirectionCharactersAreRefusedInTexts(
            String written, int position, String refusal) throws IOException {
        Path messages = campaign();
        edit(messages.resolve("2023.yaml"), "- Testa mera.", "- " + written);

        assertRefused(
                validate(messages),
                messages.resolve("2023.yaml"),
                32,
                7,
                "'messages.short[0]': character " + position + " is " + refusal + "; remove it");
    }

    @Test
    void aControlCharacterInAKeyIsNamedNotPrinted() throws IOException {
        Path messages = campaign();
        edit(messages.resolve("2023.yaml"), "    role: presschef", "    \"ro\\ele\": presschef");

        Cli.Run run = validate(messages);

        assertRefused(
                run,
                messages.resolve("2023.yaml"),
                36,
                5,
                "'quotes[0].roU+001Ble': in the key, character 3 is U+001B (ESCAPE), a control"
                        + " character; a text may hold none but the line break and the tab; remove"
                        + " it");
    }

    @Test
    void everyFileIsCheckedForControlCharacters() throws IOException {
        Path messages = campaign();
        edit(
                messages.resolve("organisation.yaml"),
                "name: Exempelförbundet",
                "name: \"Exempel\\aförbundet\"");

        assertRefused(
                validate(messages),
                messages.resolve("organisation.yaml"),
                3,
                7,
                "'name': character 8 is U+0007 (BEL), a control character; a text may hold none"
                        + " but the line break and the tab; remove it");
    }

    @Test
    void aTabAndALineBreakAreOrdinaryWhitespace() throws IOException {
        Path messages = campaign();
        edit(messages.resolve("2023.yaml"), "- Testa mera.", "- \"Testa\\tmera,\\noch mer.\"");

        Cli.Run run = validate(messages);

        assertThat(run.status()).as(run.all()).isZero();
    }

    private Path campaign() throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        for (String file : new String[] {"organisation.yaml", "sweden.yaml", "2023.yaml"}) {
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
