package presskit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bluesky refuses a post over 3000 bytes even within its 300 graphemes: the build's manifest and
 * {@code validate} both say so, because whether a post fits is decided by the network's rule when
 * it is fitted.
 */
class BlueskyByteBoundTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    /** One grapheme of 25 UTF-8 bytes: man, woman, girl, boy joined by zero-width joiners. */
    private static final String FAMILY =
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";

    private static final String ID = "national/bluesky/short-1";

    @TempDir Path tmp;
    private Path messages;

    @BeforeEach
    void campaignWithAShortMessageOfManyBytesAndFewGraphemes() throws IOException {
        messages = Files.createDirectories(tmp.resolve("messages"));
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"), UTF_8);
        String families = FAMILY.repeat(125);
        assertThat(families.getBytes(UTF_8)).hasSizeGreaterThan(3000);
        Files.writeString(
                messages.resolve("2023.yaml"),
                year.replace("    - Testa mera.", "    - \"" + families + "\""),
                UTF_8);
    }

    @Test
    void theManifestSaysThePostIsNotValidThoughItIsWithinTheLimit() throws IOException {
        Path out = tmp.resolve("out");

        Cli.Run run =
                Cli.run(
                        "build",
                        "--messages",
                        messages.toString(),
                        "--out",
                        out.toString(),
                        "--only",
                        "national",
                        "--no-pdf");

        // An error finding: the kit is written and the build ends with 1, as validate does.
        assertThat(run.status()).as(run.all()).isEqualTo(1);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("2023/manifest.json").toFile());
        JsonNode post = null;
        for (JsonNode output : manifest.path("outputs")) {
            if (output.path("id").asText().equals(ID)) {
                post = output;
            }
        }
        assertThat(post).as(ID + " in the manifest").isNotNull();
        assertThat(post.path("length").asInt()).isLessThanOrEqualTo(post.path("limit").asInt());
        assertThat(post.path("valid").asBoolean()).isFalse();
    }

    @Test
    void validateReportsIt() {
        Cli.Run run = Cli.run("validate", "--messages", messages.toString(), "--only", "national");

        assertThat(run.status()).as(run.all()).isEqualTo(1);
        assertThat(run.all()).contains(ID, "within the limit of 300", "3000 bytes");
    }
}
