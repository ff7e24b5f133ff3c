package presskit.publish;

import java.util.Optional;

/**
 * What a live run did, counted in posts and thread parts.
 *
 * @param posted parts posted by this run
 * @param alreadyPosted parts a previous run had posted
 * @param notPosted parts left unposted (refused, changed, or not reached after a stop)
 * @param stopReason why the run stopped early on a network or API failure, if it did
 */
public record RunSummary(
        int posted, int alreadyPosted, int notPosted, Optional<String> stopReason) {

    /** Whether every selected part is now on the network. */
    public boolean complete() {
        return notPosted == 0 && stopReason.isEmpty();
    }

    /** {@code 3 posted, 1 already posted, 0 not posted}. */
    public String describe() {
        return posted
                + " posted, "
                + alreadyPosted
                + " already posted, "
                + notPosted
                + " not posted";
    }
}
