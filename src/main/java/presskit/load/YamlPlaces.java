package presskit.load;

import static presskit.load.YamlReader.fail;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Finds where in a file a problem stands that SnakeYAML reports without a place (too deep, too many
 * aliases, a character YAML forbids) or at the wrong one (an alias inside itself, which the
 * composed tree shows only at its anchor), so that every message names a line and column.
 */
final class YamlPlaces {

    private YamlPlaces() {}

    /** Where lists and mappings first nest deeper than {@link #YamlReader.MAX_DEPTH}, or null. */
    static Mark tooDeep(String text) {
        int[] depth = {0};
        return first(
                text,
                event -> {
                    if (event instanceof CollectionEndEvent) {
                        depth[0]--;
                    }
                    return event instanceof CollectionStartEvent
                            && ++depth[0] > YamlReader.MAX_DEPTH;
                });
    }

    /** The {@code n}th alias of a list or mapping in the file (1 for the first), or null. */
    static Mark collectionAlias(String text, int n) {
        Set<String> collections = new HashSet<>();
        int[] aliases = {0};
        return first(
                text,
                event -> {
                    if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                        collections.add(start.getAnchor());
                    } else if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                        collections.remove(scalar.getAnchor());
                    }
                    return event instanceof AliasEvent alias
                            && collections.contains(alias.getAnchor())
                            && ++aliases[0] == n;
                });
    }

    /** The alias {@code *anchor} between the indices {@code from} and {@code to}, or null. */
    static Mark aliasWithin(String text, String anchor, int from, int to) {
        return first(
                text,
                event ->
                        event instanceof AliasEvent alias
                                && alias.getAnchor().equals(anchor)
                                && alias.getStartMark().getIndex() > from
                                && alias.getStartMark().getIndex() < to);
    }

    /**
     * Where, walking the events of a file that composed or nearly did, {@code here} first holds;
     * null when it never does or the walk fails.
     */
    private static Mark first(String text, Predicate<Event> here) {
        try {
            for (Event event : new Yaml(YamlReader.options()).parse(new StringReader(text))) {
                if (here.test(event)) {
                    return event.getStartMark();
                }
            }
        } catch (YAMLException e) {
            return null;
        }
        return null;
    }

    /**
     * Refuses, at its line and column, a character YAML does not allow anywhere in a file (NUL,
     * other control characters, U+FFFE …), which SnakeYAML reports without a place.
     */
    static void printable(String file, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!yamlPrintable(c)) {
                throw fail(
                        file,
                        line,
                        column,
                        "",
                        "the file contains "
                                + Characters.name(c)
                                + ", a character YAML does not allow; remove it");
            }
            boolean lineBreak =
                    c == '\n'
                            || c == 0x85
                            || c == 0x2028
                            || c == 0x2029
                            || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'));
            if (lineBreak) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    /** YAML 1.1's printable characters, the ones SnakeYAML's reader accepts. */
    private static boolean yamlPrintable(int c) {
        return (c >= 0x20 && c <= 0x7E)
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
