package presskit.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import presskit.kit.PostFrame;

/**
 * The local posts' frames in the page's data, small: each frame as an edit of a text the page
 * already has (the post as built, then the bare frame, then the tagged one with its three
 * politicians as one), since they differ only around the committee and the politicians. An edit is
 * three numbers: how many characters (UTF-16 units, as JavaScript counts) the two texts share at
 * the start, how many at the end, and which of the shared {@link #texts} stands between in the new
 * text; a template says the same there in every municipality, so each such text is stored once.
 */
final class PostFrames {

    private final ArrayNode texts;
    private final String committee;
    private final Map<String, Integer> known = new HashMap<>();

    /**
     * Frames whose edits' texts go to {@code texts}; a group names its committee only where it is
     * not the year's {@code committee}.
     */
    PostFrames(ArrayNode texts, String committee) {
        this.texts = texts;
        this.committee = committee;
    }

    /**
     * Adds {@code frame} to {@code post}, and the committee the post addresses to its group where
     * it is a branch file's own.
     */
    void put(ObjectNode post, ObjectNode group, PostFrame frame, String built) {
        ArrayNode edits = post.putArray("frame");
        edit(edits, built, frame.bare());
        edit(edits, frame.bare(), frame.tagged());
        edit(edits, oneTagged(frame.tagged()), frame.replied());
        if (frame.committee() != null && !frame.committee().equals(committee)) {
            group.put("committee", frame.committee());
        }
    }

    /**
     * The tagged frame with its list of three stand-ins as the first alone, which is what the
     * replied frame tags in the post; unchanged when the template does not list them in order.
     */
    static String oneTagged(String tagged) {
        int first = tagged.indexOf(PostFrame.MENTIONS[0]);
        int last = tagged.indexOf(PostFrame.MENTIONS[2]);
        if (first < 0 || last < first) {
            return tagged;
        }
        return tagged.replace(tagged.substring(first, last + 1), PostFrame.MENTIONS[0]);
    }

    private void edit(ArrayNode edits, String from, String to) {
        int most = Math.min(from.length(), to.length());
        int prefix = 0;
        while (prefix < most && from.charAt(prefix) == to.charAt(prefix)) {
            prefix++;
        }
        // A surrogate pair is never cut in two.
        if (prefix > 0 && Character.isHighSurrogate(from.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < most - prefix
                && from.charAt(from.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(from.charAt(from.length() - suffix))) {
            suffix--;
        }
        String between = to.substring(prefix, to.length() - suffix);
        Integer index = known.get(between);
        if (index == null) {
            index = texts.size();
            texts.add(between);
            known.put(between, index);
        }
        edits.add(prefix).add(suffix).add(index);
    }
}
