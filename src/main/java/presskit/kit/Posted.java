package presskit.kit;

import java.util.List;

/**
 * An output posted on a network, fitted to it: whether it fits was decided by the network's own
 * rule when it was fitted, and is not derived again from its length.
 */
public sealed interface Posted extends TextOutput permits Post, PostThread {

    /** The network's id ({@code x}, {@code bluesky}…). */
    default String network() {
        return id().family();
    }

    /** The length as the network counts it; for a thread, of its parts joined. */
    int length();

    /** The network's length limit. */
    int limit();

    /** Whether the network accepts it: the post, or every part of a thread. */
    boolean fits();

    /** The texts as they would be posted, in order: one for a post, each part for a thread. */
    List<String> texts();

    /** Optional hashtags left out to make the post fit, in the order they were dropped. */
    List<String> droppedHashtags();
}
