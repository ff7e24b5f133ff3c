package presskit.publish;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ledger knows about one post or thread part.
 *
 * @param number 1-based part number (1 for a single post)
 * @param sha256 hash of the text that was sent
 * @param state sending, posted or refused
 * @param postId the network's id once posted, else null
 * @param postRef what else a reply to it must name (Bluesky: the record's CID), else null
 * @param key the network's key for the part (Mastodon: the idempotency key; Bluesky: the record
 *     key), recorded before the first request and reused on every retry, else null
 * @param inReplyTo the id this part replied to, else null
 * @param sendingAt when the request was started
 * @param settledAt when the network answered (posted or refused), else null
 * @param note why a part was refused or left unconfirmed, else null
 */
public record LedgerPart(
        int number,
        String sha256,
        PartState state,
        String postId,
        String postRef,
        String key,
        String inReplyTo,
        Instant sendingAt,
        Instant settledAt,
        String note) {

    public LedgerPart {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sendingAt, "sendingAt");
        if (number < 1) {
            throw new IllegalArgumentException("a part's number must be 1 or more, was " + number);
        }
        if (state == PartState.POSTED && postId == null) {
            throw new IllegalArgumentException("'postId' must be set for a posted part");
        }
    }

    static LedgerPart sending(
            int number,
            String sha256,
            Optional<String> key,
            Optional<PostedId> inReplyTo,
            Instant now) {
        return new LedgerPart(
                number,
                sha256,
                PartState.SENDING,
                null,
                null,
                key.orElse(null),
                inReplyTo.map(PostedId::value).orElse(null),
                now,
                null,
                null);
    }

    LedgerPart posted(PostedId id, Instant now) {
        return new LedgerPart(
                number,
                sha256,
                PartState.POSTED,
                id.value(),
                id.ref(),
                key,
                inReplyTo,
                sendingAt,
                now,
                null);
    }

    LedgerPart refused(String why, Instant now) {
        return new LedgerPart(
                number, sha256, PartState.REFUSED, null, null, key, inReplyTo, sendingAt, now, why);
    }

    LedgerPart unconfirmed(String why) {
        return new LedgerPart(
                number,
                sha256,
                PartState.SENDING,
                null,
                null,
                key,
                inReplyTo,
                sendingAt,
                null,
                why);
    }

    public Optional<PostedId> posted() {
        return state == PartState.POSTED
                ? Optional.of(new PostedId(postId, postRef))
                : Optional.empty();
    }

    /** The network's key recorded for this part, if it has one. */
    public Optional<String> networkKey() {
        return Optional.ofNullable(key);
    }
}
