package presskit.publish;

import java.util.Objects;
import java.util.Optional;

/**
 * One part as a {@link Publisher} sends it or looks for it.
 *
 * @param post the post or thread the part belongs to
 * @param part the part, with its exact text
 * @param key the network's key for this part, made by {@link Publisher#newKey()} before the first
 *     request and kept in the ledger, so every retry (in this run or a later one) sends the same
 * @param root the thread's first part once posted; empty for the first part and for a single post
 * @param parent the part this one replies to; empty for the first part and for a single post
 */
public record PartRequest(
        PlannedPost post,
        PlannedPost.Part part,
        Optional<String> key,
        Optional<PostedId> root,
        Optional<PostedId> parent) {

    public PartRequest {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(parent, "parent");
    }

    /** Exactly what is posted. */
    public String text() {
        return part.text();
    }

    /** {@code national/x/key-1 part 2/3}, as the user reads it. */
    public String label() {
        return post.label(part);
    }
}
