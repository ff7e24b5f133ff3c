package presskit.channel;

/**
 * A network as this campaign writes for it: the network with its limit, counting rule and posts as
 * {@code channels.yaml} leaves them.
 *
 * @param network the network and its fixed rules
 * @param limit the largest length the network accepts
 * @param rule how the network counts
 * @param outputs the posts the network gets at each level
 */
public record Channel(Network network, int limit, LengthRule rule, PostKinds outputs) {

    public Channel {
        if (network == null) {
            throw new IllegalArgumentException("'network' must not be null");
        }
        if (rule == null) {
            throw new IllegalArgumentException("'rule' must not be null");
        }
        if (outputs == null) {
            throw new IllegalArgumentException("'outputs' must not be null");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("'limit' must be positive, was " + limit);
        }
    }

    /** The network as it comes built in. */
    public static Channel of(Network network) {
        return new Channel(
                network, network.defaultLimit(), network.defaultRule(), network.defaultOutputs());
    }

    /** The channel id used in templates, the manifest and on the command line. */
    public String id() {
        return network.id();
    }

    /** The network's display name. */
    public String name() {
        return network.name();
    }

    /** Whether the network has reply threads, so a long post may become one. */
    public boolean threads() {
        return network.threads();
    }

    /** The length of {@code text} as this network counts it. */
    public int length(String text) {
        return rule.length(text);
    }

    /**
     * Whether the network accepts {@code text}: within the limit, and within any other bound the
     * rule has.
     */
    public boolean fits(String text) {
        return rule.fits(text, limit);
    }

    /** This channel with another limit, e.g. a Mastodon instance that allows 1000. */
    public Channel withLimit(int newLimit) {
        return new Channel(network, newLimit, rule, outputs);
    }

    /** This channel counting with another rule. */
    public Channel withRule(LengthRule newRule) {
        return new Channel(network, limit, newRule, outputs);
    }

    /** This channel with other posts. */
    public Channel withOutputs(PostKinds newOutputs) {
        return new Channel(network, limit, rule, newOutputs);
    }
}
