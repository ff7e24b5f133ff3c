package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code presskit branch}: a branch file that loads as written, and never one written over. */
class BranchCommandTest {

    @TempDir Path tmp;

    @Test
    void writesABranchFileNamedByTheCodeWithTheSchemaLineAndTheYearsCommittee() throws IOException {
        Path messages = shippedMessages();

        Cli.Run run = Cli.run("branch", "falun", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        Path file = messages.resolve("branches/2080.yaml");
        assertThat(run.out())
                .isEqualTo(
                        "Wrote "
                                + file
                                + " for Falu kommun: list the committee's politicians in it, then run"
                                + " presskit build --municipality 2080.\n");
        String text = Files.readString(file);
        // The shipped files point into the source tree; the branch file's line goes one level up.
        assertThat(text)
                .startsWith(
                        "# yaml-language-server:"
                                + " $schema=../../src/main/resources/presskit/schemas/branch.schema.json\n")
                .contains("# The local branch in Falu kommun (2080):")
                .contains("\nmunicipality: \"2080\"\n")
                .contains("\ncommittee: Socialnämnden\n")
                .contains("\npoliticians: []\n")
                .contains("\n#  - name: Förnamn Efternamn ");
    }

    @Test
    void inAFolderWithItsOwnSchemasTheLinePointsAtThatCopy() throws IOException {
        Path messages =
                minimal(
                        "# yaml-language-server: $schema=schemas/organisation.schema.json\n",
                        "# yaml-language-server: $schema=schemas/year.schema.json\n");
        Files.createDirectories(messages.resolve("schemas"));
        Files.copy(
                Path.of("src/main/resources/presskit/schemas/branch.schema.json"),
                messages.resolve("schemas/branch.schema.json"));

        Cli.Run run = Cli.run("branch", "kiruna", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        Path branches = messages.resolve("branches");
        String line = schemaLine(branches.resolve("2584.yaml"));
        assertThat(line).isEqualTo("../schemas/branch.schema.json");
        assertThat(branches.resolve(line)).isRegularFile();
    }

    @Test
    void theYearFilesLineServesWhenTheOrganisationHasNoneAndAnAddressIsKeptAsItIs()
            throws IOException {
        Path messages =
                minimal("", "# yaml-language-server: $schema=https://skolfacket.se/s/year.json\n");

        Cli.Run run = Cli.run("branch", "kiruna", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(schemaLine(messages.resolve("branches/2584.yaml")))
                .isEqualTo("https://skolfacket.se/s/branch.schema.json");
    }

    @Test
    void withoutAnySchemaLineTheFilePointsAtASchemasFolderBesideTheCampaign() throws IOException {
        Path messages = minimal("", "");

        Cli.Run run = Cli.run("branch", "kiruna", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(schemaLine(messages.resolve("branches/2584.yaml")))
                .isEqualTo("../schemas/branch.schema.json");
    }

    @Test
    void theFileBuildsAsWrittenAndWithItsExampleTakenIn() throws IOException {
        Path messages = shippedMessages();
        assertThat(Cli.run("branch", "Malung-Sälen", "--messages", messages.toString()).status())
                .isZero();
        Path file = messages.resolve("branches/2023.yaml");

        Cli.Run asWritten = build(messages, "malung-salen");
        Files.writeString(file, uncommentTheExample(Files.readString(file)));
        Cli.Run withExample = build(messages, "2023");

        assertThat(asWritten.status()).as(asWritten.all()).isZero();
        assertThat(asWritten.err()).isEmpty();
        assertThat(withExample.status()).as(withExample.all()).isZero();
        assertThat(withExample.err()).isEmpty();
        assertThat(
                        Files.readString(
                                tmp.resolve(
                                        "out/2023/municipalities/2023-malung-salen/x/local.txt")))
                .contains("@handle");
    }

    @Test
    void anExistingFileIsNeverWrittenOver() throws IOException {
        Path messages = shippedMessages();
        Path file = messages.resolve("branches/2080.yaml");
        assertThat(Cli.run("branch", "2080", "--messages", messages.toString()).status()).isZero();
        Files.writeString(file, "# edited by hand\n", StandardOpenOption.APPEND);
        String edited = Files.readString(file);

        Cli.Run again = Cli.run("branch", "FALUN", "--messages", messages.toString());

        assertThat(again.status()).isEqualTo(2);
        assertThat(again.out()).isEmpty();
        assertThat(again.err())
                .startsWith(
                        file
                                + ": error: the branch file of Falu kommun exists already and is left as"
                                + " it is; edit it, or remove it first to start again\n");
        assertThat(Files.readString(file)).isEqualTo(edited);
    }

    @Test
    void anUnknownMunicipalityIsAUsageErrorWithTheNearestName() throws IOException {
        Path messages = shippedMessages();

        Cli.Run run = Cli.run("branch", "kirna", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        "error: 'MUNICIPALITY': no municipality is called 'kirna'; did you mean"
                                + " Kiruna (2584)?\n");
        try (Stream<Path> branches = Files.list(messages.resolve("branches"))) {
            assertThat(branches.map(p -> p.getFileName().toString())).containsExactly("1880.yaml");
        }
    }

    /** The file with its example politician taken in as its comment says: '#' off, [] away. */
    private static String uncommentTheExample(String text) {
        List<String> lines = new ArrayList<>();
        boolean example = false;
        for (String line : text.split("\n", -1)) {
            if (line.equals("politicians: []")) {
                lines.add("politicians:");
                example = true;
            } else {
                lines.add(example && line.startsWith("#") ? line.substring(1) : line);
            }
        }
        assertThat(example).as("the file has its politicians: [] line").isTrue();
        return String.join("\n", lines);
    }

    private Cli.Run build(Path messages, String municipality) {
        return Cli.run(
                "build",
                "--no-pdf",
                "--messages",
                messages.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--municipality",
                municipality);
    }

    /**
     * The minimal fixture's organisation and year, with the built-in geography, each file's schema
     * line replaced by {@code organisationLine} and {@code yearLine} (empty: none).
     */
    private Path minimal(String organisationLine, String yearLine) throws IOException {
        Path messages = tmp.resolve("messages");
        Path fixture = Path.of("src/test/resources/fixtures/minimal");
        Files.createDirectories(messages);
        Files.writeString(
                messages.resolve("organisation.yaml"),
                organisationLine + withoutSchemaLine(fixture.resolve("organisation.yaml")));
        Files.writeString(
                messages.resolve("2023.yaml"),
                yearLine
                        + withoutSchemaLine(fixture.resolve("2023.yaml"))
                        + "local:\n  committee: Barn- och utbildningsnämnden\n"
                        + "  question: Hur ska ni få fler att tycka om tester?\n");
        return messages;
    }

    private static String withoutSchemaLine(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(text).startsWith("# yaml-language-server: $schema=");
        return text.substring(text.indexOf('\n') + 1);
    }

    /** The address on the file's first line, its editor's schema line. */
    private static String schemaLine(Path file) throws IOException {
        String first = Files.readAllLines(file).get(0);
        assertThat(first).startsWith("# yaml-language-server: $schema=");
        return first.substring(first.indexOf('=') + 1);
    }

    private Path shippedMessages() throws IOException {
        Path messages = tmp.resolve("messages");
        Path shipped = Path.of("messages");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path target = messages.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return messages;
    }
}
