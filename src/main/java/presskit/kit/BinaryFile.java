package presskit.kit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document whose content is bytes, such as a release's PDF, travelling in the kit with its bytes.
 *
 * @param id the output id, a document's
 * @param kind what the document is (a release)
 * @param path the file
 * @param bytes the content; the record keeps its own copy
 * @param example whether it was made from example data
 */
public record BinaryFile(OutputId id, OutputKind kind, String path, byte[] bytes, boolean example)
        implements Output {

    public BinaryFile {
        Outputs.requireDocument(id, kind);
        Objects.requireNonNull(path, "path");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** A copy of the content, so the kit's stays as built. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(path, bytes());
        return files;
    }
}
