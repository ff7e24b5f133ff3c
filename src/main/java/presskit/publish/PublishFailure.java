package presskit.publish;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A post the network did not confirm, with what kind of failure it was, so the run loop can decide
 * whether to wait, retry, record or stop. Messages never contain credentials.
 */
public final class PublishFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the run loop needs to know. */
    public enum Kind {
        /**
         * Too many requests; {@link #resetAt()} says when the limit resets, if the network said.
         */
        RATE_LIMITED,
        /** The network refuses the text because the account already posted it. */
        DUPLICATE,
        /** Credentials or the app's permissions are wrong. */
        AUTH,
        /** A server error or a broken connection: worth trying again. */
        TRANSIENT,
        /** The network refused this particular post (its text, its reply target). */
        REJECTED,
        /**
         * The network refused a reply because the post it answers did not invite the replier (X
         * since 2026): the thread stops there and the rest is posted by hand.
         */
        REPLY_REFUSED,
        /** An answer the client cannot use, such as a success without the new post's id. */
        UNEXPECTED
    }

    private final Kind kind;
    private final transient Instant resetAt;
    private final boolean mayHaveArrived;

    /**
     * @param kind what went wrong
     * @param message what to tell the user, free of secrets
     * @param resetAt when a rate limit resets, or null
     * @param mayHaveArrived whether the network may have created the post despite the failure
     */
    public PublishFailure(Kind kind, String message, Instant resetAt, boolean mayHaveArrived) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.resetAt = resetAt;
        this.mayHaveArrived = mayHaveArrived;
    }

    public PublishFailure(Kind kind, String message, boolean mayHaveArrived) {
        this(kind, message, null, mayHaveArrived);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Instant> resetAt() {
        return Optional.ofNullable(resetAt);
    }

    /** True when the request may have created the post, so the ledger must keep it as "sending". */
    public boolean mayHaveArrived() {
        return mayHaveArrived;
    }
}
