package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code {…}} in any text of the year file is a defined figure or an error at its line: the load
 * stops with it once, before anything is rendered, so that no post goes out with "{lämna}" in it.
 * The fixture is the invented minimal campaign; the figure ids and texts are made up.
 */
class PlaceholdersTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '§',
            value = {
                "  lede: \"{andel} testpersoner§  lede: \"{lämna} testpersoner"
                        + "§:24:10: error: 'release.lede': '{lämna}' names no figure; defined figures:"
                        + " andel",
                "    - \"{andel} testpersoner§    - \"{Andel} testpersoner"
                        + "§:30:8: error: 'messages.key[0]': '{Andel}' names no figure; did you mean"
                        + " '{andel}'? Write the id exactly, in lower case and without spaces",
                "    - Det här är en påhittad brödtext.§    - Det här är {andel_2} av dem."
                        + "§:26:18: error: 'release.body[0]': '{andel_2}' names no figure; did you"
                        + " mean '{andel}'? A figure id has lower-case letters (å, ä and ö too),"
                        + " digits and dashes only",
                "    text: Vi testar allt.§    text: \"{ andel } testar allt, {andel} också.\""
                        + "§:37:12: error: 'quotes[0].text': '{ andel }' names no figure; did you"
                        + " mean '{andel}'? Write the id exactly, in lower case and without spaces",
                "    - Det här är en påhittad brödtext.§    - Det här är {okand}."
                        + "§:26:18: error: 'release.body[0]': '{okand}' names no figure; defined"
                        + " figures: andel",
                "    - \"{andel} testpersoner§    - \"{andel-2023} testpersoner"
                        + "§:30:8: error: 'messages.key[0]': '{andel-2023}' names no figure;"
                        + " defined figures: andel",
                // In a folded text, at the line the placeholder stands on.
                "  lede: \"{andel} testpersoner tycker om tester.\"§  lede: >-\\n    Första"
                        + " raden.\\n    {lämna} testpersoner tycker om tester."
                        + "§:26:5: error: 'release.lede': '{lämna}' names no figure; defined figures:"
                        + " andel",
                "    primary: true§    primary: true\\ncall_to_action: Läs mer om {lämna}."
                        + "§:46:28: error: 'call_to_action': '{lämna}' names no figure; defined"
                        + " figures: andel",
                "    primary: true§    primary: true\\nlocal:\\n  committee: Testnämnden\\n"
                        + "  question: \"Hur ska ni {öka} andelen?\""
                        + "§:48:25: error: 'local.question': '{öka}' names no figure; defined"
                        + " figures: andel",
                // A defined figure where figures are not filled in would be published as written.
                "  subtitle: Påhittad för tester§  subtitle: \"{andel} tycker om tester\""
                        + "§:6:14: error: 'report.subtitle': '{andel}' is not filled in here: figures"
                        + " are said only in release.lede, release.body, messages, quotes[].text,"
                        + " call_to_action and local.question; write the figure out in words",
            })
    void aPlaceholderThatNamesNoFigureStopsTheLoadOnceAtItsLine(
            String search, String replace, String error) throws IOException {
        Path messages = campaign(search, replace);
        String placeholder = error.substring(error.indexOf(": '{") + 2, error.indexOf("}'") + 2);

        for (String command : new String[] {"validate", "build"}) {
            Cli.Run run =
                    command.equals("validate")
                            ? Cli.run("validate", "--messages", messages.toString())
                            : Cli.run(
                                    "build",
                                    "--no-pdf",
                                    "--messages",
                                    messages.toString(),
                                    "--out",
                                    tmp.resolve("out").toString());
            assertThat(run.status()).as(run.all()).isEqualTo(2);
            assertThat(run.err().lines()).contains(messages.resolve("2023.yaml") + error);
            assertThat(run.all().lines().filter(l -> l.contains(placeholder)))
                    .as(run.all())
                    .hasSize(1);
        }
    }

    @Test
    void aFigureIdWithSwedishLettersIsFilledInThePosts() throws IOException {
        Path messages =
                campaign(
                        "  - id: andel\n",
                        "  - id: andel-lämnar\n",
                        "{andel}",
                        "{andel-lämnar}",
                        "figures: [andel]",
                        "figures: [andel-lämnar]");

        Cli.Run check = Cli.run("validate", "--messages", messages.toString());
        assertThat(check.status()).as(check.all()).isZero();
        assertThat(check.out()).isEqualTo("No findings.\n");

        Path out = tmp.resolve("out");
        Cli.Run run = Cli.build(messages, out);
        assertThat(run.status()).as(run.all()).isZero();
        Path post = out.resolve("2023/national/x/key-1.txt");
        assertThat(BuildCommandTest.postText(post))
                .startsWith("Sju av tio testpersoner tycker om tester.");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(
                            files.filter(Files::isRegularFile)
                                    .filter(f -> f.toString().endsWith(".txt")))
                    .allSatisfy(f -> assertThat(Files.readString(f)).doesNotContain("{"));
        }
    }

    /** The minimal campaign with each {@code search} replaced by the {@code replace} after it. */
    private Path campaign(String... searchReplace) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        for (int i = 0; i < searchReplace.length; i += 2) {
            assertThat(year).contains(searchReplace[i]);
            year = year.replace(searchReplace[i], searchReplace[i + 1].replace("\\n", "\n"));
        }
        Files.writeString(messages.resolve("2023.yaml"), year);
        return messages;
    }
}
