package presskit.channel;

import java.util.Locale;
import java.util.Optional;

/** One kind of post a network can get, written by the template {@code <network>/<kind>.txt.ftl}. */
public enum PostKind {
    /** Nationally, one per short message. */
    SHORT,
    /** Nationally, one per key message. */
    KEY,
    /** The long post with the figures, nationally and per region. */
    POST,
    /** Per region, one per key figure of the release. */
    REGIONAL,
    /** Per municipality, the local post to the committee the year's {@code local:} names. */
    LOCAL;

    /** The name in {@code channels.yaml} and in the template's file name, e.g. {@code short}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written {@code key} in {@code channels.yaml}. */
    public static Optional<PostKind> of(String key) {
        for (PostKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
