package presskit.validate.links;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import presskit.diagnostic.Diagnostic;

/**
 * The year's links file: its exact bytes, the same bytes again for the same results, and what a
 * build makes of a file it cannot read. The links here are invented for the test.
 */
class LinksFileTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/links/2023.links.json");
    private static final Instant MORNING = Instant.parse("2023-09-18T06:15:00Z");

    @TempDir Path dir;

    private final List<Diagnostic> warnings = new ArrayList<>();

    private static List<CheckedLink> links() {
        return List.of(
                new CheckedLink(
                        "https://www.vision.se/rapport",
                        Verdict.OK,
                        200,
                        "https://www.vision.se/rapport",
                        "Socialchefsrapporten 2023",
                        new OpenGraph(
                                "Socialchefer larmar",
                                "Åtta av tio har svårt att rekrytera.",
                                "https://www.vision.se/img/card.png"),
                        MORNING.plusNanos(123_456_789)),
                new CheckedLink(
                        "https://www.vision.se/gammal",
                        Verdict.BROKEN,
                        404,
                        "https://www.vision.se/gammal",
                        null,
                        OpenGraph.NONE,
                        MORNING.minusSeconds(3600)),
                new CheckedLink(
                        "https://www.vision.se/om.pdf",
                        Verdict.NOT_HTML,
                        200,
                        "https://www.vision.se/om.pdf",
                        null,
                        null,
                        MORNING));
    }

    @Test
    void theFileIsSortedByUrlWithFixedFieldsAndEndsWithANewline() throws IOException {
        Path file = LinksFile.of(dir.resolve("messages"), 2023);

        LinksFile.write(file, links());

        assertThat(file).hasFileName("2023.links.json");
        assertThat(Files.readString(file)).isEqualTo(Files.readString(GOLDEN));
        assertThat(dir.resolve("messages")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void theFileGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        Path file = LinksFile.of(dir, 2023);
        Path plain = Files.write(dir.resolve("plain.txt"), new byte[0]);

        LinksFile.write(file, links());

        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void writingTheSameResultsAgainInAnotherOrderGivesTheSameBytes() throws IOException {
        Path file = LinksFile.of(dir, 2023);
        LinksFile.write(file, links());
        byte[] first = Files.readAllBytes(file);

        List<CheckedLink> reversed = new ArrayList<>(links());
        Collections.reverse(reversed);
        LinksFile.write(file, reversed);

        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void whatIsWrittenReadsBackToTheSecond() throws IOException {
        Path file = LinksFile.of(dir, 2023);
        LinksFile.write(file, links());

        List<CheckedLink> read = LinksFile.read(file, warnings::add);

        assertThat(warnings).isEmpty();
        assertThat(read)
                .extracting(CheckedLink::url)
                .containsExactly(
                        "https://www.vision.se/gammal",
                        "https://www.vision.se/om.pdf",
                        "https://www.vision.se/rapport");
        assertThat(read).containsAll(links());
        assertThat(read.get(2).checkedAt()).isEqualTo(MORNING);
    }

    @Test
    void noFileMeansNoChecksAndNoWarning() {
        assertThat(LinksFile.read(dir.resolve("2023.links.json"), warnings::add)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonIsAWarningAtItsLineAndIsIgnored() throws IOException {
        Path file = dir.resolve("2023.links.json");
        Files.writeString(file, "{\n  \"version\": 1,\n  \"links\": [ oops ]\n}\n");

        assertThat(LinksFile.read(file, warnings::add)).isEmpty();

        assertThat(warnings)
                .extracting(Diagnostic::format)
                .containsExactly(
                        file
                                + ":3:19: warning: not JSON: Unrecognized token 'oops'; the file is ignored"
                                + " (run presskit links to write it again)");
    }

    /** Whatever is wrong with the file, the warning says it in words, not in Jackson's terms. */
    @ParameterizedTest
    @ValueSource(
            strings = {"nesting", "long-number", "truncated", "control-char", "not-utf8", "folder"})
    void anUnreadableFileIsDescribedWithoutTheParsersInternals(String damage) throws IOException {
        Path file = dir.resolve("2023.links.json");
        switch (damage) {
            case "nesting" -> Files.writeString(file, "[".repeat(1200));
            case "long-number" ->
                    Files.writeString(file, "{\"version\": " + "9".repeat(1200) + "}");
            case "truncated" -> Files.writeString(file, "{\"version\": 1, \"links\": [");
            case "control-char" -> Files.writeString(file, "{\"version\": \"1\u0001\"}");
            case "not-utf8" -> Files.write(file, new byte[] {'{', '"', (byte) 0xC3, '"', '}'});
            default -> Files.createDirectories(file);
        }

        assertThat(LinksFile.read(file, warnings::add)).isEmpty();

        assertThat(warnings).hasSize(1);
        String shown = warnings.get(0).format();
        assertThat(shown)
                .startsWith(file.toString())
                .endsWith("; the file is ignored (run presskit links to write it again)")
                .doesNotContain(
                        "`",
                        "StreamRead",
                        "Source:",
                        "REDACTED",
                        "fasterxml",
                        "Exception",
                        "code ");
    }

    @Test
    void aFileNestedTooDeeplyOrWithAControlCharacterSaysSoPlainly() throws IOException {
        Path nested = Files.writeString(dir.resolve("2023.links.json"), "[".repeat(1200));
        Path control = Files.writeString(dir.resolve("2024.links.json"), "{\"v\": \"1\u0001\"}");

        LinksFile.read(nested, warnings::add);
        LinksFile.read(control, warnings::add);

        assertThat(warnings)
                .extracting(Diagnostic::format)
                .containsExactly(
                        nested
                                + ": warning: not JSON: Document nesting depth (1001) exceeds the"
                                + " maximum allowed (1000); the file is ignored (run presskit links"
                                + " to write it again)",
                        control
                                + ":1:9: warning: not JSON: Illegal unquoted character (control"
                                + " character U+0001); the file is ignored (run presskit links to"
                                + " write it again)");
    }

    @Test
    void anEntryWithAnUnknownVerdictIsAWarningNamingTheEntry() throws IOException {
        Path file = LinksFile.of(dir, 2023);
        LinksFile.write(file, links());
        Files.writeString(file, Files.readString(file).replace("\"not-html\"", "\"fine\""));

        assertThat(LinksFile.read(file, warnings::add)).isEmpty();

        assertThat(warnings)
                .extracting(Diagnostic::format)
                .containsExactly(
                        file
                                + ": warning: 'links[1]': unknown verdict 'fine'; the file is ignored"
                                + " (run presskit links to write it again)");
    }

    @Test
    void aVersionBeyondAnIntIsNotReadAsWhatIsLeftOfIt() throws IOException {
        Path file = LinksFile.of(dir, 2023);
        LinksFile.write(file, links());
        // 4294967297 wraps to 1, the version this presskit reads.
        Files.writeString(
                file,
                Files.readString(file)
                        .replaceFirst("\"version\"\\s*:\\s*1", "\"version\": 4294967297"));

        assertThat(LinksFile.read(file, warnings::add)).isEmpty();

        assertThat(warnings)
                .extracting(Diagnostic::format)
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("expected {\"version\": 1, \"links\": [...]}");
    }
}
