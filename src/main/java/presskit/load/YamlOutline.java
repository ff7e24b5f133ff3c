package presskit.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Where each top-level field of a YAML file stands, by lines, so that a new file can take a field
 * over as it was written: with its comments, quoting and layout.
 */
public final class YamlOutline {

    /**
     * One top-level field.
     *
     * @param key the field's name
     * @param from the first line of the field (0-based), the comment and blank lines right above
     *     its key included
     * @param to the line after its last one
     * @param items the line where each item of its value starts, when the value is a list
     */
    public record Field(String key, int from, int to, List<Integer> items) {}

    private YamlOutline() {}

    /**
     * The top-level fields of {@code text}, in the file's order; the text must be one that {@link
     * YamlReader} read without a problem (a mapping of fields), or the outline is empty.
     */
    public static List<Field> of(String text) {
        Node root;
        try {
            root = new Yaml(YamlReader.options()).compose(new StringReader(text));
        } catch (RuntimeException e) {
            // Only a file the loader accepted is outlined; anything else has no outline.
            return List.of();
        }
        if (!(root instanceof MappingNode mapping)) {
            return List.of();
        }
        String[] lines = text.split("\n", -1);
        List<NodeTuple> tuples = mapping.getValue();
        List<Field> fields = new ArrayList<>();
        int[] starts = new int[tuples.size()];
        for (int i = 0; i < tuples.size(); i++) {
            int keyLine = tuples.get(i).getKeyNode().getStartMark().getLine();
            int floor = i == 0 ? 0 : tuples.get(i - 1).getKeyNode().getStartMark().getLine() + 1;
            starts[i] = leadingFrom(lines, keyLine, floor);
        }
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple tuple = tuples.get(i);
            int to = i + 1 < tuples.size() ? starts[i + 1] : trimmedEnd(lines);
            List<Integer> items = new ArrayList<>();
            if (tuple.getValueNode() instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    items.add(item.getStartMark().getLine());
                }
            }
            String key =
                    tuple.getKeyNode() instanceof ScalarNode scalar
                                    && Tag.STR.equals(scalar.getTag())
                            ? scalar.getValue()
                            : "";
            fields.add(new Field(key, starts[i], Math.max(to, starts[i] + 1), List.copyOf(items)));
        }
        return List.copyOf(fields);
    }

    /** The first of the comment and blank lines right above {@code keyLine}, not above floor. */
    private static int leadingFrom(String[] lines, int keyLine, int floor) {
        int from = keyLine;
        while (from - 1 >= floor
                && (lines[from - 1].isBlank() || lines[from - 1].startsWith("#"))) {
            from--;
        }
        while (from < keyLine && lines[from].isBlank()) {
            from++;
        }
        return from;
    }

    private static int trimmedEnd(String[] lines) {
        int end = lines.length;
        while (end > 0 && lines[end - 1].isBlank()) {
            end--;
        }
        return end;
    }
}
