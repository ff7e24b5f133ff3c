package presskit.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;
import presskit.variant.Variant;

/**
 * The file a build keeps beside its kit for the next build (the render memo) is written whole,
 * under the build's own name and then renamed into place, only once the kit is in place; when it
 * cannot be written, the kit stands and nothing of it is left beside the kit. The kit here is one
 * invented document.
 */
class KitWriterBesideTest {

    @TempDir Path out;

    @Test
    void theFileIsWrittenBesideTheKitAndReplacesThePreviousOne() throws IOException {
        new KitWriter().write(kit("Första."), Map.of(), Map.of(), beside("first"), out);
        new KitWriter().write(kit("Andra."), Map.of(), Map.of(), beside("second"), out);

        assertThat(out.resolve(".kept")).hasContent("second");
        assertThat(out.resolve("2023/national/release.txt")).hasContent("Andra.");
        assertThat(names()).containsExactlyInAnyOrder("2023", ".kept");
    }

    @Test
    void aFileThatCannotBeWrittenLeavesTheKitAndThePreviousFile() throws IOException {
        new KitWriter().write(kit("Första."), Map.of(), Map.of(), beside("first"), out);
        KitWriter.Beside failing =
                new KitWriter.Beside(
                        ".kept",
                        stream -> {
                            stream.write("half".getBytes(StandardCharsets.UTF_8));
                            throw new IOException("no space left on device");
                        });

        new KitWriter().write(kit("Andra."), Map.of(), Map.of(), failing, out);

        assertThat(out.resolve("2023/national/release.txt")).hasContent("Andra.");
        assertThat(out.resolve(".kept")).hasContent("first");
        assertThat(names()).containsExactlyInAnyOrder("2023", ".kept");
    }

    private static KitWriter.Beside beside(String content) {
        return new KitWriter.Beside(
                ".kept", stream -> stream.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static Kit kit(String text) {
        OutputId id = OutputId.document(Variant.national(), "release", "txt");
        return new Kit(
                2023,
                null,
                List.of(new Document(id, OutputKind.RELEASE, "national/release.txt", text, false)),
                List.of());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
