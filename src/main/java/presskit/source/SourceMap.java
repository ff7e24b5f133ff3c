package presskit.source;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import presskit.diagnostic.Diagnostic;

/**
 * Where each value and key of one YAML file stands, by field path, so that any later check can
 * point the user at the exact line and column.
 *
 * <p>Field paths are written as users read them: {@code figures[2].said}; the root is the empty
 * path.
 */
public final class SourceMap {

    /** A 1-based position in a file. */
    public record Position(int line, int column) {}

    private final String file;
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    public SourceMap(String file) {
        this.file = file;
    }

    /** The file as shown to the user. */
    public String file() {
        return file;
    }

    public void putValue(String path, Position position) {
        values.put(path, position);
    }

    /** Notes the text value at {@code path}, as the file wrote it. */
    public void putText(String path, String text) {
        texts.put(path, text);
    }

    /** Every text value of the file by field path, in the file's order. */
    public Map<String, String> texts() {
        return Collections.unmodifiableMap(texts);
    }

    public void putKey(String path, Position position) {
        keys.put(path, position);
    }

    /** Where the value at {@code path} starts, or the nearest enclosing value's position. */
    public Position value(String path) {
        String p = path;
        while (true) {
            Position found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new Position(1, 1);
            }
            p = FieldPath.parent(p);
        }
    }

    /** An error about the value at {@code path}, located where it starts and named by its path. */
    public Diagnostic error(String path, String message) {
        Position at = value(path);
        return Diagnostic.error(file, at.line(), at.column(), path, message);
    }

    /** A warning about the value at {@code path}, located and named as {@link #error} does. */
    public Diagnostic warning(String path, String message) {
        Position at = value(path);
        return Diagnostic.warning(file, at.line(), at.column(), path, message);
    }

    /** Where the key of {@code path} stands, falling back to its value. */
    public Position key(String path) {
        Position found = keys.get(path);
        return found != null ? found : value(path);
    }
}
