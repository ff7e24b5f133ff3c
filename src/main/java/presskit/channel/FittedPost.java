package presskit.channel;

import java.util.List;

/**
 * A post made to fit its channel: one part, or a numbered thread.
 *
 * @param parts the text of each part, in posting order; numbered ({@code 1/3}) when more than one
 * @param droppedHashtags optional hashtags removed to make it fit
 */
public record FittedPost(List<String> parts, List<String> droppedHashtags) {

    public FittedPost {
        parts = List.copyOf(parts);
        droppedHashtags = List.copyOf(droppedHashtags);
    }

    public boolean isThread() {
        return parts.size() > 1;
    }
}
