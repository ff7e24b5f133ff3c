package presskit.publish;

import presskit.model.Approval;

/**
 * The SHA-256 of a post's text, which the ledger keeps to notice a text changed after it was
 * posted.
 */
public final class ContentHash {

    private ContentHash() {}

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String of(String text) {
        // One function for the ledger and the approvals, so an approved text is the posted one.
        return Approval.hashOf(text);
    }
}
