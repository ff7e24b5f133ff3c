package presskit.channel;

import java.util.List;

/**
 * A post made to fit its channel: one part, or a numbered thread.
 *
 * <p>Fitting never throws when a post cannot be made to fit (a single word or link longer than the
 * limit); it returns its best effort, and {@link #fitsAll(Channel)} tells the validator so.
 *
 * @param parts the text of each part, in posting order; numbered ({@code 1/3}) when more than one
 * @param droppedHashtags optional hashtags removed to make it fit, in the order they were dropped
 * @param asOnePost the length of the text as one post, after the optional hashtags were dropped and
 *     without numbers, as the channel counts it: how far a thread missed being one post
 */
public record FittedPost(List<String> parts, List<String> droppedHashtags, int asOnePost) {

    public FittedPost {
        parts = List.copyOf(parts);
        droppedHashtags = List.copyOf(droppedHashtags);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("'parts' must not be empty");
        }
    }

    public boolean isThread() {
        return parts.size() > 1;
    }

    /**
     * Whether every part is accepted by {@code channel}; a thread is valid only if each of its
     * parts is.
     */
    public boolean fitsAll(Channel channel) {
        return parts.stream().allMatch(channel::fits);
    }

    /** The length of each part as {@code channel} counts it, in posting order. */
    public List<Integer> lengths(Channel channel) {
        return parts.stream().map(channel::length).toList();
    }
}
