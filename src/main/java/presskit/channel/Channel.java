package presskit.channel;

import java.util.Objects;

/**
 * A social network as presskit writes for it: its id ({@code x}, {@code mastodon}…), its limit and its own
 * way of counting.
 *
 * @param id the channel id used in templates, the manifest and on the command line
 * @param name the network's display name
 * @param limit the largest length the network accepts
 * @param rule how the network counts
 * @param threads whether the network has reply threads, so a long post may become one
 */
public record Channel(String id, String name, int limit, LengthRule rule, boolean threads) {

    public Channel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (limit <= 0) {
            throw new IllegalArgumentException("'limit' must be positive, was " + limit);
        }
    }

    /** The length of {@code text} as this network counts it. */
    public int length(String text) {
        return rule.length(text);
    }

    /** Whether the network accepts {@code text}: within the limit, and within any other bound the rule has. */
    public boolean fits(String text) {
        return rule.fits(text, limit);
    }

    /** This channel with another limit, e.g. a Mastodon instance that allows 1000. */
    public Channel withLimit(int newLimit) {
        return new Channel(id, name, newLimit, rule, threads);
    }

    /** This channel counting with another rule. */
    public Channel withRule(LengthRule newRule) {
        return new Channel(id, name, limit, newRule, threads);
    }
}
