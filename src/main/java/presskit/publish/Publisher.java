package presskit.publish;

import java.util.Optional;

/**
 * Sends one part to a social network, optionally as a reply, and finds a part whose earlier request
 * may have arrived. Implementations translate their library's or protocol's errors into {@link
 * PublishFailure}s, so nothing else sees them.
 *
 * <p>The run loop resolves an unknown outcome by reading, never by sending blindly: a part whose
 * request may have created the post is first looked up with {@link #find}, and sent again (under
 * the same {@link PartRequest#key()}) only when it is not there.
 */
public interface Publisher {

    /**
     * The network's key for a new part, made before its first request and recorded in the ledger
     * with it: Mastodon's idempotency key, Bluesky's record key. Empty for a network without one.
     */
    default Optional<String> newKey() {
        return Optional.empty();
    }

    /**
     * Posts the part's text exactly as given.
     *
     * @return the id the network gave the new post
     * @throws PublishFailure when the network refused the post or did not confirm it
     */
    PostedId post(PartRequest request) throws PublishFailure;

    /**
     * Looks for the part on the network, for a request that may have arrived.
     *
     * @return the post's id when the network has it; empty when it certainly has not, so sending it
     *     (again, under the same key) cannot post it twice
     * @throws PublishFailure when the network cannot tell now
     */
    Optional<PostedId> find(PartRequest request) throws PublishFailure;
}
