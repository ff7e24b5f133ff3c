package presskit.source;

/** Builds and takes apart field paths such as {@code quotes[0].speaker}. */
public final class FieldPath {

    private FieldPath() {}

    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * The enclosing path: {@code a.b[2]} → {@code a.b}, {@code a.b} → {@code a}, {@code a} → empty.
     */
    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Builds a path from its segments: {@code String} keys and {@code Integer} indices. */
    public static String of(Iterable<?> segments) {
        String path = "";
        for (Object segment : segments) {
            path =
                    segment instanceof Integer i
                            ? index(path, i)
                            : child(path, String.valueOf(segment));
        }
        return path;
    }
}
