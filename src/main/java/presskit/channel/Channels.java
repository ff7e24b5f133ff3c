package presskit.channel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import presskit.model.ChannelSettings;

/**
 * The networks a kit is written for, with their limits, counting rules and posts, built in or
 * overridden.
 */
public final class Channels {

    private final Map<String, Channel> byId;

    private Channels(Map<String, Channel> byId) {
        // LinkedHashMap copy rather than Map.copyOf: ids() keeps the documented order.
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /** Every built-in network as it comes, in the order of {@link Network#builtIn()}. */
    public static Channels builtIn() {
        Map<String, Channel> map = new LinkedHashMap<>();
        Network.builtIn().forEach(network -> map.put(network.id(), Channel.of(network)));
        return new Channels(map);
    }

    /**
     * The built-in network with this id as it comes, made without the others: a count needs one,
     * and the others' rules compile patterns.
     */
    public static Optional<Channel> builtIn(String id) {
        // A loop rather than a stream: a cold JVM's first lambda costs a count more than counting.
        for (Network network : Network.builtIn()) {
            if (network.id().equals(id)) {
                return Optional.of(Channel.of(network));
            }
        }
        return Optional.empty();
    }

    /**
     * These channels with {@code overrides} applied, keyed by channel id (what {@code
     * messages/channels.yaml} holds). Channels without an entry are kept as they are; a channel
     * with {@code enabled: false} is left out.
     *
     * @throws IllegalArgumentException for an unknown channel id (named in the message), for a
     *     {@code urlLength} on a channel whose links count as the network fixes them, or for an
     *     unknown post kind to skip
     */
    public Channels withOverrides(Map<String, ChannelSettings> overrides) {
        Map<String, Channel> map = new LinkedHashMap<>(byId);
        overrides.forEach(
                (id, settings) -> {
                    Channel channel = map.get(id);
                    if (channel == null) {
                        throw new IllegalArgumentException(
                                "unknown channel '"
                                        + id
                                        + "' (known: "
                                        + String.join(", ", byId.keySet())
                                        + ")");
                    }
                    if (settings.enabled()) {
                        map.put(id, apply(channel, settings));
                    } else {
                        map.remove(id);
                    }
                });
        return new Channels(map);
    }

    private static Channel apply(Channel channel, ChannelSettings settings) {
        Channel result = channel;
        if (settings.limit().isPresent()) {
            result = result.withLimit(settings.limit().getAsInt());
        }
        if (settings.urlLength().isPresent()) {
            LengthRule rule =
                    channel.network()
                            .ruleWithLinkLength(settings.urlLength().getAsInt())
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "channel '"
                                                            + channel.id()
                                                            + "' does not take 'urlLength': only Mastodon's link length is set"
                                                            + " per instance"));
            result = result.withRule(rule);
        }
        List<PostKind> skipped = new ArrayList<>();
        for (String key : settings.skip()) {
            List<String> known = Stream.of(PostKind.values()).map(PostKind::key).toList();
            skipped.add(
                    PostKind.of(key)
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "channel '"
                                                            + channel.id()
                                                            + "' cannot skip '"
                                                            + key
                                                            + "'; post kinds are "
                                                            + String.join(", ", known))));
        }
        return result.withOutputs(result.outputs().without(skipped));
    }

    public Optional<Channel> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The channel with this id, or an {@link IllegalArgumentException} naming it. */
    public Channel get(String id) {
        return find(id).orElseThrow(
                        () -> new IllegalArgumentException("unknown channel '" + id + "'"));
    }

    /** The channel ids, in the built-in order. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /**
     * The channel ids in the order people use the networks ({@link Network#byUse()}), any other
     * after them: the order the page and the social zip's read-me list them in.
     */
    public List<String> idsByUse() {
        List<String> ids = new ArrayList<>();
        Network.byUse().stream().map(Network::id).filter(byId::containsKey).forEach(ids::add);
        byId.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }
}
