package presskit.channel;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A social network presskit writes for, with every rule that differs between networks: how it
 * counts, its hashtags and mentions, its composer, whether it has threads, whether presskit
 * publishes to it and which posts it gets. Adding a network is one class here plus its templates.
 */
public sealed interface Network permits X, Mastodon, Bluesky, LinkedIn, Facebook {

    /** The built-in networks, in the order the kit lists them. */
    static List<Network> builtIn() {
        return List.of(new X(), new Mastodon(), new Bluesky(), new LinkedIn(), new Facebook());
    }

    /**
     * The built-in networks in the order people reach for them (X, Facebook, LinkedIn, Bluesky,
     * Mastodon), the order the press-kit page lists a place's posts in. {@code channels.yaml} holds
     * only what differs from a network's defaults, so its order says nothing about this one.
     */
    static List<Network> byUse() {
        return List.of(new X(), new Facebook(), new LinkedIn(), new Bluesky(), new Mastodon());
    }

    /** The built-in network with this id. */
    static Optional<Network> find(String id) {
        return builtIn().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The id used in templates, the manifest, {@code channels.yaml} and on the command line. */
    String id();

    /** The network's display name. */
    String name();

    /** The largest length the network accepts, unless {@code channels.yaml} says otherwise. */
    int defaultLimit();

    /** How the network counts, unless {@code channels.yaml} says otherwise. */
    LengthRule defaultRule();

    /**
     * The counting rule with every link counting {@code linkLength}, for networks whose servers
     * announce it (a Mastodon instance's {@code characters_reserved_per_url}); empty where the
     * network fixes it.
     */
    default Optional<LengthRule> ruleWithLinkLength(int linkLength) {
        return Optional.empty();
    }

    /** How the press-kit page counts while a post is edited. */
    Counting counting();

    /** How the network finds hashtags. */
    default Hashtags hashtags() {
        return Hashtags.unicode();
    }

    /** The network's @-mentions in post text; empty where people are tagged through a picker. */
    default Optional<MentionSyntax> mentions() {
        return Optional.empty();
    }

    /**
     * The composer that opens with a post filled in; {@code mastodonInstance} is the host of the
     * organisation's Mastodon instance, if known, for networks where every server has its own
     * composer.
     */
    Optional<Composer> composer(Optional<String> mastodonInstance);

    /**
     * The address of an account's profile, from the account as {@code organisation.yaml} writes it:
     * a well-formed handle on networks with @-mentions ({@code @exempel_fack} → {@code
     * https://x.com/exempel_fack}), on the others the profile's https address itself.
     */
    String profile(String account);

    /**
     * What the network's rules say about an organisation's account @-mentioning people through the
     * API, such as a municipal post that tags the committee's politicians.
     */
    default MentionPolicy mentionPolicy() {
        return MentionPolicy.WARNED;
    }

    /**
     * What one post costs through the network's API, in US dollars, unless {@code channels.yaml}
     * says otherwise; empty where posting is free.
     */
    default Optional<PostPrices> prices() {
        return Optional.empty();
    }

    /** What posting {@code text} through the API costs at {@code prices}. */
    default BigDecimal cost(String text, PostPrices prices) {
        return prices.post();
    }

    /** Whether the network has reply threads, so a long post may become one. */
    boolean threads();

    /** Whether {@code presskit publish} can post to the network through its API. */
    default boolean publishable() {
        return false;
    }

    /**
     * The bulk schedulers whose CSV import can post to the network (see {@link BulkScheduler} for
     * the sources); a scheduler's export has a file only for these.
     */
    default Set<BulkScheduler> bulkSchedulers() {
        return EnumSet.allOf(BulkScheduler.class);
    }

    /** The posts the network gets at each level unless {@code channels.yaml} skips some. */
    PostKinds defaultOutputs();
}
