package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year's {@code local:} block decides what every municipality's local post says: the committee
 * it addresses (a branch file's own committee wins), the question and the figure. No committee is
 * built into presskit. The campaign is the invented minimal fixture with Sweden's municipalities.
 */
class LocalBlockTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final String LOCAL =
            """
            local:
              committee: Barn- och utbildningsnämnden
              question: Hur ska ni få fler att tycka om tester?
            """;

    @TempDir static Path shared;
    private static Path kit;

    @TempDir Path tmp;

    /** The fixture year with {@code extra} appended, in {@code dir/messages}. */
    static Path campaign(Path dir, String extra) throws IOException {
        Path messages = dir.resolve("messages");
        Files.createDirectories(messages.resolve("branches"));
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.writeString(
                messages.resolve("2023.yaml"),
                Files.readString(MINIMAL.resolve("2023.yaml")) + extra);
        return messages;
    }

    /**
     * One build of the whole country: the local posts quote a second figure, which Uppsala län has
     * a value of its own for, and a branch in Kiruna names its own committee.
     */
    @BeforeAll
    static void build() throws IOException {
        Path messages = campaign(shared, LOCAL + "  figure: tid\n");
        Path year = messages.resolve("2023.yaml");
        Files.writeString(
                year,
                Files.readString(year)
                        .replace(
                                "figures:\n",
                                """
                                figures:
                                  - id: tid
                                    value: 45
                                    unit: procent
                                    who: av testpersonerna
                                    claim: har svårt att hinna testa
                                    source: Testenkäten 2023
                                    regions:
                                      "03": 61
                                """));
        Files.writeString(
                messages.resolve("branches/2584.yaml"),
                """
                # Test fixture: an invented branch without politicians.
                municipality: "2584"
                committee: Individ- och familjenämnden
                politicians: []
                """);
        Path out = shared.resolve("out");
        Cli.Run run = Cli.build(messages, out);
        assertThat(run.status()).as(run.all()).isZero();
        kit = out.resolve("2023");
    }

    @Test
    void theYearsCommitteeIsAddressedAndNoOutputNamesAnother() throws IOException {
        assertThat(BuildCommandTest.postText(kit.resolve("municipalities/2580-lulea/x/local.txt")))
                .startsWith(
                        "I hela landet har 45 procent av testpersonerna svårt att hinna testa,"
                                + " enligt Testenkäten 2023.\n\n"
                                + "Barn- och utbildningsnämnden i Luleå kommun: hur ska ni få fler"
                                + " att tycka om tester?\n\n#testrapporten\nhttps://www.vision.se/");
        List<String> texts = everyText(kit);
        assertThat(texts).hasSizeGreaterThan(290 * 5);
        assertThat(texts).noneMatch(t -> t.toLowerCase(Locale.ROOT).contains("socialnämnd"));
    }

    @Test
    void aRegionsOwnValueOfTheLocalFigureIsSaidAsTheRegions() throws IOException {
        for (String municipality : List.of("0380-uppsala", "0360-tierp")) {
            assertThat(
                            BuildCommandTest.postText(
                                    kit.resolve("municipalities/" + municipality + "/x/local.txt")))
                    .startsWith(
                            "I Uppsala län har 61 procent av testpersonerna svårt att hinna testa,"
                                    + " enligt Testenkäten 2023.");
        }
    }

    @Test
    void aBranchFilesCommitteeWinsOverTheYears() throws IOException {
        assertThat(BuildCommandTest.postText(kit.resolve("municipalities/2584-kiruna/x/local.txt")))
                .contains("Individ- och familjenämnden i Kiruna kommun")
                .doesNotContain("Barn- och utbildningsnämnden");
    }

    @Test
    void noCommitteeIsWrittenIntoPresskitsCodeOrBuiltInTemplates() throws IOException {
        for (Path root : List.of(Path.of("src/main"), Path.of("templates"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (file.toString().endsWith(".ttf")) {
                        continue;
                    }
                    assertThat(
                                    Files.readString(file, StandardCharsets.UTF_8)
                                            .toLowerCase(Locale.ROOT))
                            .as(file.toString())
                            .doesNotContain("socialnämnd");
                }
            }
        }
    }

    @Test
    void theOldTopLevelQuestionPointsToLocalQuestion() throws IOException {
        Path messages = campaign(tmp, "question: Hur ska ni få fler att tycka om tester?\n");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":46:1: error: 'question': unknown key 'question'; did you mean"
                                + " 'local.question'? It belongs inside 'local:'");
    }

    @Test
    void anUnknownLocalFigureIsNamedWithTheFigureMeant() throws IOException {
        Path messages = campaign(tmp, LOCAL + "  figure: andell\n");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":49:11: error: 'local.figure': no figure with id 'andell'; did"
                                + " you mean 'andel'?");
    }

    @Test
    void localPostsWithoutALocalBlockStopTheBuildAtTheYearFile() throws IOException {
        Path messages = campaign(tmp, "");
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.build(messages, out);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":3:1: error: 'local': missing: the local posts of 290"
                                + " municipalities need a 'local:' block with 'committee'")
                .doesNotContain("\tat ");
        assertThat(out.resolve("2023")).doesNotExist();
    }

    /** Every file of the kit and every file inside its zips, as text. */
    static List<String> everyText(Path kit) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(kit)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().endsWith(".zip")) {
                    try (InputStream in = Files.newInputStream(file);
                            ZipInputStream zip = new ZipInputStream(in)) {
                        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                            texts.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                } else {
                    // PDFs are compressed; their text is that of the release.html they come from.
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }
}
