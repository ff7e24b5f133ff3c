package presskit.publish;

import java.util.Optional;

/**
 * Sends one post to a social network, optionally as a reply, and returns the network's id for it.
 * Implementations translate their library's errors into {@link PublishFailure}s, so nothing else
 * sees them.
 */
public interface Publisher {

    /**
     * Posts {@code text} exactly as given.
     *
     * @param text the post, already within the network's limit
     * @param inReplyTo the post this one answers (the previous part of a thread), or empty
     * @return the id the network gave the new post
     * @throws PublishFailure when the network refused the post or did not confirm it
     */
    PostedId post(String text, Optional<PostedId> inReplyTo) throws PublishFailure;
}
