package presskit.channel;

import java.util.OptionalInt;

/**
 * What {@code messages/channels.yaml} may change about a built-in channel; an empty field keeps the default.
 *
 * @param limit the largest length the network accepts (e.g. 1000 on a Mastodon instance that allows it)
 * @param urlLength how much every link counts; only Mastodon, whose instances announce it as
 *     {@code characters_reserved_per_url}, takes this
 */
public record ChannelSettings(OptionalInt limit, OptionalInt urlLength) {

    /** No change. */
    public static final ChannelSettings NONE = new ChannelSettings(OptionalInt.empty(), OptionalInt.empty());

    public ChannelSettings {
        if (limit == null) {
            throw new IllegalArgumentException("'limit' must not be null; use OptionalInt.empty()");
        }
        if (urlLength == null) {
            throw new IllegalArgumentException("'urlLength' must not be null; use OptionalInt.empty()");
        }
        if (limit.isPresent() && limit.getAsInt() <= 0) {
            throw new IllegalArgumentException("'limit' must be positive, was " + limit.getAsInt());
        }
        if (urlLength.isPresent() && urlLength.getAsInt() < 0) {
            throw new IllegalArgumentException("'urlLength' must not be negative, was " + urlLength.getAsInt());
        }
    }

    /** These settings with the limit set. */
    public ChannelSettings withLimit(int newLimit) {
        return new ChannelSettings(OptionalInt.of(newLimit), urlLength);
    }

    /** These settings with the link length set. */
    public ChannelSettings withUrlLength(int newUrlLength) {
        return new ChannelSettings(limit, OptionalInt.of(newUrlLength));
    }
}
