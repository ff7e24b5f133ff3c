package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Swedish press style in the year's own texts: {@code presskit validate} warns at the text's line
 * when a sentence opens with digits, written or from a figure said in digits, and when "kommer"
 * lacks its "att". Warnings only: the year still builds. One row per text, the minimal fixture's
 * line changed; "-" means the text is good Swedish and the year stays clean.
 */
class StyleWarningsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    /** The fixture's figure said in digits: "53 procent av testpersonerna". */
    private static final String PERCENT =
            "    value: 7\n    unit: av tio\n    who: testpersoner§    value: 53\n    unit: procent\n"
                    + "    who: av testpersonerna";

    @TempDir Path tmp;

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "    - Det här är en påhittad brödtext.|    - 158 kommuner svarade på enkäten."
                        + "|:26:7: warning: 'release.body[0]': a sentence opens with digits: '158"
                        + " kommuner svarade på …'; Swedish press style opens with a word: put the"
                        + " verb or the group first (\"Av lärarna har 53 procent …\", \"Totalt svarade"
                        + " 1 214 lärare\") or write the number in words",
                "    - Det här är en påhittad brödtext.|    - Det är påhittat. 2023 var ett år."
                        + "|:26:7: warning: 'release.body[0]': a sentence opens with digits: '2023"
                        + " var ett år. …'; Swedish press style opens with a word: put the verb or the"
                        + " group first (\"Av lärarna har 53 procent …\", \"Totalt svarade 1 214"
                        + " lärare\") or write the number in words",
                "    - Det här är en påhittad brödtext.|    - Totalt svarade 158 kommuner.|-",
                "    - Testa mera.|    - Det kommer bli bättre."
                        + "|:32:7: warning: 'messages.short[0]': 'kommer bli': Swedish press style"
                        + " writes \"kommer att\" before the verb (\"kommer att bli\")",
                "    - Testa mera.|    - Det kommer att bli bättre.|-",
                "    - Testa mera.|    - Fler kommer också att vilja stanna.|-",
            })
    void aTextThatBreaksSwedishPressStyleIsAWarningAtItsLine(
            String search, String replace, String finding) throws IOException {
        Cli.Run run = validate(search, replace, "", "");

        assertThat(run.status()).as(run.all()).isZero();
        if (finding.equals("-")) {
            assertThat(run.out()).isEqualTo("No findings.\n");
        } else {
            assertThat(run.out().lines())
                    .as(run.out())
                    .contains(tmp.resolve("messages/2023.yaml") + finding);
        }
    }

    /** A figure said in digits opens the lede: the reader sees "53 procent av …" first. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "  lede: \"{andel} testpersoner tycker om tester.\""
                        + "|  lede: \"{andel} tycker om tester.\""
                        + "|:24:9: warning: 'release.lede': a sentence opens with digits: '53 procent"
                        + " tycker om ({andel}) …'; Swedish press style opens with a word: put"
                        + " the verb or the group first (\"Av lärarna har 53 procent …\", \"Totalt"
                        + " svarade 1 214 lärare\") or write the number in words",
                "  lede: \"{andel} testpersoner tycker om tester.\""
                        + "|  lede: \"Av testpersonerna tycker {andel} om tester.\"|-",
            })
    void aFigureSaidInDigitsOpeningASentenceIsAWarning(
            String search, String replace, String finding) throws IOException {
        String[] percent = PERCENT.split("§");
        Cli.Run run = validate(search, replace, percent[0], percent[1]);

        assertThat(run.status()).as(run.all()).isZero();
        if (finding.equals("-")) {
            assertThat(run.out()).doesNotContain("release.lede");
        } else {
            assertThat(run.out().lines())
                    .as(run.out())
                    .contains(tmp.resolve("messages/2023.yaml") + finding);
        }
    }

    private Cli.Run validate(String search, String replace, String search2, String replace2)
            throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        assertThat(year).contains(search).contains(search2);
        year = year.replace(search, replace);
        if (!search2.isEmpty()) {
            year = year.replace(search2, replace2);
        }
        Files.writeString(messages.resolve("2023.yaml"), year);
        return Cli.run("validate", "--messages", messages.toString());
    }
}
