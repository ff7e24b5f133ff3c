package presskit.channel;

import java.util.OptionalInt;

/** How one network measures the length of a post, and whether a post of that length is accepted. */
@FunctionalInterface
public interface LengthRule {

    /** The length of {@code text} as the network counts it. */
    int length(String text);

    /**
     * Whether the network accepts {@code text} under the given length {@code limit}.
     *
     * <p>Most networks only compare {@link #length} with the limit; a rule overrides this when the
     * network enforces a second bound as well (Bluesky's byte limit).
     */
    default boolean fits(String text, int limit) {
        return length(text) <= limit;
    }

    /**
     * What every link counts under this rule when the rule replaces links by a fixed length the
     * channel may change (a Mastodon instance's {@code characters_reserved_per_url}); empty
     * otherwise.
     */
    default OptionalInt linkLength() {
        return OptionalInt.empty();
    }

    /**
     * The largest UTF-8 size of a post when the network bounds bytes as well as length (Bluesky);
     * empty otherwise.
     */
    default OptionalInt byteLimit() {
        return OptionalInt.empty();
    }
}
