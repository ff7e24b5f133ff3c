package presskit.kit;

import java.util.List;
import java.util.Objects;

/**
 * A post of one part.
 *
 * @param id the output id, a post's
 * @param path the post's file
 * @param text the post's exact text
 * @param length its length as the network counts it
 * @param limit the network's limit
 * @param fits whether the network accepts it, by the network's rule (Bluesky also bounds bytes)
 * @param droppedHashtags optional hashtags left out to make it fit
 * @param example whether it was made from example data
 */
public record Post(
        OutputId id,
        String path,
        String text,
        int length,
        int limit,
        boolean fits,
        List<String> droppedHashtags,
        boolean example)
        implements Posted {

    public Post {
        Outputs.requirePost(id);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        droppedHashtags = List.copyOf(droppedHashtags);
    }

    @Override
    public OutputKind kind() {
        return OutputKind.POST;
    }

    @Override
    public List<String> texts() {
        return List.of(text);
    }
}
