package presskit.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The YAML reader reads any valid file, wherever its characters fall in the parser's buffer. */
class YamlReaderTest {

    /**
     * An emoji is two Java characters; SnakeYAML 2.3 failed when the pair straddled its 1024-
     * character window, so a post text with an emoji at an unlucky place stopped the load as a bug.
     */
    @Test
    void anEmojiAtAnyPlaceReadsBack() {
        String emoji = "\uD83D\uDE00";
        for (int pad = 1010; pad < 1030; pad++) {
            String text = "x".repeat(pad) + emoji;
            String yaml = "short: \"" + text + "\"\n";

            YamlReader.Document doc =
                    new YamlReader().read("2023.yaml", yaml.getBytes(StandardCharsets.UTF_8));

            assertThat(doc.root().get("short").asText()).as("padding %d", pad).isEqualTo(text);
        }
    }
}
