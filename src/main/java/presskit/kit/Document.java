package presskit.kit;

import java.util.Objects;

/**
 * A document in text: a release, a message sheet or a schedule export.
 *
 * @param id the output id, a document's
 * @param kind release, sheet or schedule
 * @param path the document's file
 * @param text its content
 * @param example whether it was made from example data
 */
public record Document(OutputId id, OutputKind kind, String path, String text, boolean example)
        implements TextOutput {

    public Document {
        Outputs.requireDocument(id, kind);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** Its length in characters (code points). */
    public int length() {
        return text.codePointCount(0, text.length());
    }
}
