package presskit.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * What {@code messages/channels.yaml} says about one built-in network; an empty field keeps the
 * default.
 *
 * @param enabled whether the network gets any output at all ({@code enabled: false} switches it off
 *     everywhere)
 * @param limit the largest length the network accepts (e.g. 1000 on a Mastodon instance that allows
 *     it)
 * @param urlLength how much every link counts; only Mastodon, whose instances announce it as {@code
 *     characters_reserved_per_url}, takes this
 * @param skip the post kinds the network does not get, e.g. {@code short}, at every level
 */
public record ChannelSettings(
        boolean enabled, OptionalInt limit, OptionalInt urlLength, List<String> skip) {

    /** No change. */
    public static final ChannelSettings NONE =
            new ChannelSettings(true, OptionalInt.empty(), OptionalInt.empty(), List.of());

    public ChannelSettings {
        if (limit == null) {
            throw new IllegalArgumentException("'limit' must not be null; use OptionalInt.empty()");
        }
        if (urlLength == null) {
            throw new IllegalArgumentException(
                    "'urlLength' must not be null; use OptionalInt.empty()");
        }
        if (skip == null) {
            throw new IllegalArgumentException("'skip' must not be null; use List.of()");
        }
        if (limit.isPresent() && limit.getAsInt() <= 0) {
            throw new IllegalArgumentException("'limit' must be positive, was " + limit.getAsInt());
        }
        if (urlLength.isPresent() && urlLength.getAsInt() < 0) {
            throw new IllegalArgumentException(
                    "'urlLength' must not be negative, was " + urlLength.getAsInt());
        }
        skip = List.copyOf(skip);
    }

    /** These settings with the network switched on or off. */
    public ChannelSettings withEnabled(boolean newEnabled) {
        return new ChannelSettings(newEnabled, limit, urlLength, skip);
    }

    /** These settings with the limit set. */
    public ChannelSettings withLimit(int newLimit) {
        return new ChannelSettings(enabled, OptionalInt.of(newLimit), urlLength, skip);
    }

    /** These settings with the link length set. */
    public ChannelSettings withUrlLength(int newUrlLength) {
        return new ChannelSettings(enabled, limit, OptionalInt.of(newUrlLength), skip);
    }

    /** These settings with the post kinds to leave out. */
    public ChannelSettings withSkip(List<String> newSkip) {
        return new ChannelSettings(enabled, limit, urlLength, newSkip);
    }
}
