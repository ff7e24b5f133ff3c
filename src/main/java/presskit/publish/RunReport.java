package presskit.publish;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link PublishRun} tells the user as it goes. The live run and the dry run go through the
 * same loop and differ only in how they word it: what was posted, or what a live run would send.
 */
public interface RunReport {

    /** The run begins with these posts and threads. */
    void started(List<PlannedPost> posts);

    /** The part is in the ledger as posted with this very text, so it is not sent again. */
    void alreadyPosted(PlannedPost post, PlannedPost.Part part, LedgerPart entry);

    /** The part went to the publisher, which answered with {@code id}. */
    void sent(PlannedPost post, PlannedPost.Part part, Optional<PostedId> inReplyTo, PostedId id);

    /**
     * The part was in flight when an earlier run stopped, and the network has it: it is recorded as
     * posted and the thread continues from it.
     */
    void found(PlannedPost post, PlannedPost.Part part, PostedId id);

    /** The part is made from example data, which is never posted. */
    void neverPosted(PlannedPost post, PlannedPost.Part part);

    /** Something the user should know while the run goes on, such as a wait for a rate limit. */
    void note(String line);

    /** A post or the rest of a thread is not posted, and why. */
    void notPosted(String message);

    /** The run is over. */
    void finished(RunSummary summary);
}
