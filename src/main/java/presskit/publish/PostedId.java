package presskit.publish;

import java.util.Objects;

/**
 * The id a network gave a post, kept as text because ids outgrow {@code long} on some networks.
 *
 * @param value the id as the network wrote it
 */
public record PostedId(String value) {

    public PostedId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("'value' must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
