package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --debug} says what a messages folder holds in place of presskit's built-in data: a {@code
 * sweden.yaml} that replaces the built-in geography, and an editors' copy of the schemas that is
 * not the one presskit checks against. The campaign is the invented minimal fixture.
 */
class DebugNotesTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final Path SCHEMAS = Path.of("src/main/resources/presskit/schemas");

    @TempDir Path tmp;

    @Test
    void aFoldersOwnSwedenYamlIsNamedUnderDebugOnly() throws IOException {
        Path messages = campaign();

        Cli.Run debug = Cli.run("--debug", "validate", "--messages", messages.toString());
        Cli.Run plain = Cli.run("validate", "--messages", messages.toString());

        assertThat(debug.status()).as(debug.all()).isZero();
        assertThat(debug.err())
                .isEqualTo(
                        "debug: "
                                + messages.resolve("sweden.yaml")
                                + " replaces the built-in regions and municipalities.\n");
        assertThat(plain.err()).isEmpty();
    }

    @Test
    void anEditorsCopyOfTheSchemasThatDiffersIsNamedWithTheFilesThatDiffer() throws IOException {
        Path messages = campaign();
        Files.delete(messages.resolve("sweden.yaml"));
        Path copy = copySchemas(messages);
        Path year = copy.resolve("year.schema.json");
        Files.writeString(year, Files.readString(year).replace("\"year\"", "\"år\""));

        Cli.Run run =
                Cli.run(
                        "--debug",
                        "build",
                        "--messages",
                        messages.toString(),
                        "--only",
                        "national",
                        "--no-pdf",
                        "--out",
                        tmp.resolve("out").toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.err())
                .isEqualTo(
                        "debug: "
                                + copy
                                + " differs from the built-in schemas (year.schema.json): editors"
                                + " check against that copy, presskit against its built-in"
                                + " schemas.\n");
    }

    @Test
    void anEditorsCopyLikeTheBuiltInSchemasIsNotWorthANote() throws IOException {
        Path messages = campaign();
        Files.delete(messages.resolve("sweden.yaml"));
        copySchemas(messages);

        Cli.Run run = Cli.run("--debug", "branch", "kiruna", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.err()).isEmpty();
    }

    /** The minimal fixture, with its own sweden.yaml, and a local: block for any municipality. */
    private Path campaign() throws IOException {
        Path messages = Files.createDirectories(tmp.resolve("messages"));
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        Files.writeString(
                messages.resolve("2023.yaml"),
                Files.readString(MINIMAL.resolve("2023.yaml"))
                        + "local:\n  committee: Barn- och utbildningsnämnden\n"
                        + "  question: Hur ska ni få fler att tycka om tester?\n");
        return messages;
    }

    /** The built-in schemas copied into {@code messages/schemas}, as {@code presskit init} does. */
    private static Path copySchemas(Path messages) throws IOException {
        Path copy = Files.createDirectories(messages.resolve("schemas"));
        try (Stream<Path> schemas = Files.list(SCHEMAS)) {
            for (Path schema : schemas.toList()) {
                Files.copy(schema, copy.resolve(schema.getFileName()));
            }
        }
        return copy;
    }
}
