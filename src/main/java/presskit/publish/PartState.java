package presskit.publish;

import java.util.Locale;

/** Where one post or thread part stands in the ledger. */
public enum PartState {
    /**
     * The request was (about to be) sent and no answer was recorded: the post may or may not exist.
     */
    SENDING,
    /** The network confirmed the post and gave its id. */
    POSTED,
    /** The network refused this exact text as a duplicate; it is not sent again. */
    REFUSED;

    /** The lower-case word written to the ledger file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PartState fromLabel(String label) {
        for (PartState state : values()) {
            if (state.label().equals(label)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown state '" + label + "'");
    }
}
