package presskit.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import presskit.kit.PostFrame;

/**
 * The local posts' frames in the page's data, small: each frame as an edit of a text the page
 * already has (the post as built, then the bare frame, then the tagged one with its three
 * politicians as one), since they differ only around the committee and the politicians. An edit is
 * three values: how many characters (UTF-16 units, as JavaScript counts) the two texts share at the
 * start, how many at the end, and what stands between in the new text: the text itself, or, where a
 * template says the same in several municipalities, its index in the shared {@link #texts}, so that
 * it is stored once and a text that names one place stays with that place.
 */
final class PostFrames {

    private final ArrayNode texts;
    private final String committee;
    private final List<Edit> edits = new ArrayList<>();

    /**
     * Frames whose shared texts go to {@code texts}; a group names its committee only where it is
     * not the year's {@code committee}.
     */
    PostFrames(ArrayNode texts, String committee) {
        this.texts = texts;
        this.committee = committee;
    }

    /** One edit, to be written to {@code into} by {@link #finish}. */
    private record Edit(ArrayNode into, String group, int prefix, int suffix, String between) {}

    /**
     * Adds {@code frame} to {@code post} (written by {@link #finish}), and the committee the post
     * addresses to its group where it is a branch file's own.
     */
    void put(ObjectNode post, ObjectNode group, PostFrame frame, String built) {
        ArrayNode into = post.putArray("frame");
        String code = group.path("code").asText();
        edit(into, code, built, frame.bare());
        edit(into, code, frame.bare(), frame.tagged());
        edit(into, code, oneTagged(frame.tagged()), frame.replied());
        if (frame.committee() != null && !frame.committee().equals(committee)) {
            group.put("committee", frame.committee());
        }
    }

    /** Writes every edit, each text said by more than one place once, in the shared texts. */
    void finish() {
        Map<String, Set<String>> places = new HashMap<>();
        edits.forEach(
                e -> places.computeIfAbsent(e.between(), t -> new HashSet<>()).add(e.group()));
        Map<String, Integer> shared = new HashMap<>();
        for (Edit e : edits) {
            e.into().add(e.prefix()).add(e.suffix());
            if (places.get(e.between()).size() < 2) {
                e.into().add(e.between());
                continue;
            }
            Integer index = shared.get(e.between());
            if (index == null) {
                index = texts.size();
                texts.add(e.between());
                shared.put(e.between(), index);
            }
            e.into().add(index);
        }
        edits.clear();
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

    private void edit(ArrayNode into, String group, String from, String to) {
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
        edits.add(
                new Edit(into, group, prefix, suffix, to.substring(prefix, to.length() - suffix)));
    }
}
