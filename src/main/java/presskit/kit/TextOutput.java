package presskit.kit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An output whose content is text: a post, a thread or a document. */
public sealed interface TextOutput extends Output permits Posted, Document {

    /** The whole text: a post's, a thread's parts joined by blank lines, a document's content. */
    String text();

    /** The text as its file holds it: ending with a newline. */
    default String fileText() {
        return withNewline(text());
    }

    @Override
    default Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(path(), fileText().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** {@code text} ending with a newline, as every text file of the kit does. */
    static String withNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }
}
