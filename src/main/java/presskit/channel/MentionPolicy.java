package presskit.channel;

/**
 * What a network's rules say about @-mentioning accounts that did not ask for it, from an
 * organisation's account through the network's API.
 */
public enum MentionPolicy {
    /**
     * The rules forbid it (X's developer rules: "No unsolicited @mentions"), so presskit does not
     * post such posts; the people who own the mentioning account post them by hand instead.
     */
    REFUSED,
    /** Allowed, but the people mentioned may report it as spam, so presskit warns. */
    WARNED
}
