package presskit.channel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes one optional hashtag from a post: the one written last, as a whole token, tidying the
 * space it leaves behind.
 *
 * <p>Only a hashtag standing as its own whitespace-separated token is dropped: a tag followed by
 * punctuation ({@code #välfärd.}) is part of a sentence, and removing it would break the sentence.
 */
final class HashtagDropper {

    /** The text after a drop, and the tag as the caller listed it. */
    record Drop(String text, String hashtag) {}

    private HashtagDropper() {}

    /**
     * Drops the last whole-token occurrence of any of {@code hashtags} (with or without '#'), if
     * there is one.
     */
    static Optional<Drop> dropLast(String text, List<String> hashtags) {
        int bestStart = -1;
        int bestEnd = -1;
        String bestTag = null;
        int i = 0;
        while (i < text.length()) {
            int start = skipWhitespace(text, i);
            int end = skipToken(text, start);
            if (start < end) {
                String token = fold(text.substring(start, end));
                for (String tag : hashtags) {
                    if (token.equals(fold(withHash(tag)))) {
                        bestStart = start;
                        bestEnd = end;
                        bestTag = tag;
                        break;
                    }
                }
            }
            i = end;
        }
        return bestTag == null
                ? Optional.empty()
                : Optional.of(new Drop(cut(text, bestStart, bestEnd), bestTag));
    }

    /**
     * {@code text} without [start, end), joining what is left with one space, or one line break, as
     * before.
     */
    private static String cut(String text, int start, int end) {
        String left = stripTrailingBlanks(text.substring(0, start));
        String right = stripLeadingBlanks(text.substring(end));
        if (right.isEmpty()) {
            return left.stripTrailing();
        }
        if (left.isEmpty()) {
            return right.stripLeading();
        }
        boolean leftLineEnd = left.endsWith("\n") || left.endsWith("\r");
        boolean rightLineStart = right.startsWith("\n") || right.startsWith("\r");
        if (leftLineEnd && rightLineStart) {
            // The tag stood alone on its line: remove the line rather than leave an empty one.
            return left + right.substring(right.startsWith("\r\n") ? 2 : 1);
        }
        return leftLineEnd || rightLineStart ? left + right : left + " " + right;
    }

    private static String withHash(String tag) {
        return tag.startsWith("#") || tag.startsWith("\uFF03") ? tag : "#" + tag;
    }

    private static String fold(String tag) {
        String folded = tag.startsWith("\uFF03") ? "#" + tag.substring(1) : tag;
        return folded.toLowerCase(Locale.ROOT);
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipToken(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String stripTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeadingBlanks(String s) {
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        return s.substring(start);
    }
}
