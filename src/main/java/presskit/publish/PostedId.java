package presskit.publish;

import java.util.Objects;
import java.util.Optional;

/**
 * The id a network gave a post, kept as text because ids outgrow {@code long} on some networks.
 *
 * @param value the id as the network wrote it (Bluesky: the record's {@code at://} URI)
 * @param ref what else a reply must name besides the id (Bluesky: the record's CID), or null
 */
public record PostedId(String value, String ref) {

    public PostedId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("'value' must not be blank");
        }
        if (ref != null && ref.isBlank()) {
            throw new IllegalArgumentException("'ref' must not be blank when set");
        }
    }

    /** An id that is all a reply needs (X, Mastodon). */
    public PostedId(String value) {
        this(value, null);
    }

    public Optional<String> reference() {
        return Optional.ofNullable(ref);
    }

    @Override
    public String toString() {
        return value;
    }
}
