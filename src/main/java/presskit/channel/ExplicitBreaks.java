package presskit.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the breaks an author marked in a template: a line holding only {@code ---} ends one thread
 * part and starts the next, even where the whole text would fit in one.
 */
final class ExplicitBreaks {

    private static final Pattern LINE = Pattern.compile("\\R");
    private static final String MARK = "---";

    private ExplicitBreaks() {}

    static boolean present(String text) {
        if (!text.contains(MARK)) {
            return false; // spares the split: most posts have no break
        }
        return LINE.splitAsStream(text).anyMatch(ExplicitBreaks::isMark);
    }

    /**
     * The text between the marks, each stripped; blank segments (a mark at the start or end) are
     * left out.
     */
    static List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : LINE.split(text, -1)) {
            if (isMark(line)) {
                add(segments, current);
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        add(segments, current);
        return segments;
    }

    /** The text with the mark lines removed, for a channel that has no threads. */
    static String removed(String text) {
        if (!text.contains(MARK) && onlyLineFeeds(text)) {
            // Split at line ends and joined again with '\n', a text without a mark is itself.
            return text.strip();
        }
        List<String> kept = new ArrayList<>();
        for (String line : LINE.split(text, -1)) {
            if (!isMark(line)) {
                kept.add(line);
            }
        }
        return String.join("\n", kept).strip();
    }

    /** Whether every line of {@code text} ends in '\n', none in another line end of {@code \R}. */
    private static boolean onlyLineFeeds(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> segments, StringBuilder segment) {
        String stripped = segment.toString().strip();
        if (!stripped.isEmpty()) {
            segments.add(stripped);
        }
    }

    private static boolean isMark(String line) {
        return line.strip().equals(MARK);
    }
}
