package presskit.channel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The networks presskit knows, with their limits and counting rules, built in or overridden by settings. */
public final class Channels {

    private final Map<String, Channel> byId;

    private Channels(Map<String, Channel> byId) {
        // LinkedHashMap copy rather than Map.copyOf: ids() keeps the documented order.
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /**
     * The built-in channels, in this order: {@code x}, {@code mastodon}, {@code bluesky}, {@code linkedin},
     * {@code facebook}. See each rule ({@link XLength}, {@link MastodonLength}, {@link BlueskyLength},
     * {@link CharacterLength}) for how it counts.
     */
    public static Channels builtIn() {
        Map<String, Channel> map = new LinkedHashMap<>();
        put(map, new Channel("x", "X", 280, new XLength(), true));
        put(map, new Channel("mastodon", "Mastodon", 500, new MastodonLength(), true));
        put(map, new Channel("bluesky", "Bluesky", 300, new BlueskyLength(), true));
        put(map, new Channel("linkedin", "LinkedIn", 3000, new CharacterLength(), false));
        put(map, new Channel("facebook", "Facebook", 63_206, new CharacterLength(), false));
        return new Channels(map);
    }

    private static void put(Map<String, Channel> map, Channel channel) {
        map.put(channel.id(), channel);
    }

    /**
     * These channels with {@code overrides} applied, keyed by channel id (what {@code messages/channels.yaml}
     * holds). Channels without an entry are kept as they are.
     *
     * @throws IllegalArgumentException for an unknown channel id (named in the message), or for a
     *     {@code urlLength} on a channel whose links count as the network fixes them
     */
    public Channels withOverrides(Map<String, ChannelSettings> overrides) {
        Map<String, Channel> map = new LinkedHashMap<>(byId);
        overrides.forEach((id, settings) -> {
            Channel channel = map.get(id);
            if (channel == null) {
                throw new IllegalArgumentException(
                        "unknown channel '" + id + "' (known: " + String.join(", ", byId.keySet()) + ")");
            }
            map.put(id, apply(channel, settings));
        });
        return new Channels(map);
    }

    private static Channel apply(Channel channel, ChannelSettings settings) {
        Channel result = channel;
        if (settings.limit().isPresent()) {
            result = result.withLimit(settings.limit().getAsInt());
        }
        if (settings.urlLength().isPresent()) {
            if (!(result.rule() instanceof MastodonLength)) {
                throw new IllegalArgumentException("channel '" + channel.id()
                        + "' does not take 'urlLength': only Mastodon's link length is set per instance");
            }
            result = result.withRule(new MastodonLength(settings.urlLength().getAsInt()));
        }
        return result;
    }

    public Optional<Channel> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The channel with this id, or an {@link IllegalArgumentException} naming it. */
    public Channel get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown channel '" + id + "'"));
    }

    /** The channel ids, in the built-in order. */
    public Set<String> ids() {
        return byId.keySet();
    }
}
