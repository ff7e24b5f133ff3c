package presskit.publish;

import java.util.List;
import java.util.Objects;

/**
 * An output about to be posted: a single post, or a thread whose parts are posted as a reply chain.
 *
 * @param outputId the manifest id, which is also the ledger's key
 * @param parts the texts in posting order; one for a single post
 * @param example whether it was made from example data (shown in a dry run, never posted)
 * @param approval whether its current text is approved; a live run sends only approved posts
 */
public record PlannedPost(
        String outputId, List<Part> parts, boolean example, ApprovalState approval) {

    public PlannedPost {
        Objects.requireNonNull(outputId, "outputId");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("'parts' must not be empty");
        }
        Objects.requireNonNull(approval, "approval");
    }

    /** A post whose approval is not looked up yet: pending. */
    public PlannedPost(String outputId, List<Part> parts, boolean example) {
        this(outputId, parts, example, ApprovalState.PENDING);
    }

    /** The same post with its approval state. */
    public PlannedPost withApproval(ApprovalState state) {
        return new PlannedPost(outputId, parts, example, state);
    }

    /** The texts of its parts, in posting order: exactly what is sent. */
    public List<String> texts() {
        return parts.stream().map(Part::text).toList();
    }

    public boolean isThread() {
        return parts.size() > 1;
    }

    /**
     * How the user reads this part's name: {@code national/x/key-1 part 2/3}, or just the id for a
     * post.
     */
    public String label(Part part) {
        return isThread() ? outputId + " part " + part.number() + "/" + parts.size() : outputId;
    }

    /**
     * One text to send.
     *
     * @param number 1-based position in the thread
     * @param text exactly what is posted
     * @param length the length as the channel counts it
     * @param limit the channel's limit
     */
    public record Part(int number, String text, int length, int limit) {

        public Part {
            Objects.requireNonNull(text, "text");
        }

        /** {@code (170/280)}. */
        public String lengthLabel() {
            return "(" + length + "/" + limit + ")";
        }
    }
}
