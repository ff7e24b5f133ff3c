package presskit.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.channel.PostKind;
import presskit.kit.Kit;
import presskit.kit.Output;
import presskit.kit.OutputId;
import presskit.kit.PostFrame;
import presskit.kit.Posted;
import presskit.model.Sweden;
import presskit.render.SwedishFormat;

/**
 * The press-kit page's data as JSON: the channels, then one group per edition (national, each
 * region, each municipality) with its documents and posts. Each post's text appears once, here, and
 * the page's script builds the editable cards from it, so a kit of 2000 posts does not carry every
 * text twice. The places (regions and municipalities) are a block of their own, which the script
 * reads only after the nation's posts are on screen.
 */
final class PageData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SwedishFormat SWEDISH = new SwedishFormat();
    private static final String LOCAL = PostKind.LOCAL.key();
    // The output kind of a region's post per figure (OutputPlan): its name is the figure's id.
    private static final String FIGURE = "figure";

    private PageData() {}

    /**
     * The page's two JSON blocks, each safe inside a {@code <script>} element.
     *
     * @param nation the year, channels, links and the national group
     * @param places the regional and municipal groups
     */
    record Json(String nation, String places) {}

    /**
     * What the page needs to make local posts for the politicians entered there.
     *
     * @param optionalHashtags the year's hashtags that fitting may drop
     * @param committee the committee local posts address where no branch file names one; null when
     *     the year names none
     */
    record Local(List<String> optionalHashtags, String committee) {}

    /**
     * The JSON; every '<' is written as an escape.
     *
     * @param accounts the organisation's own accounts by network id, for the posts' previews
     * @param figureSentence a figure's sentence as an edition says it, by the edition's variant
     *     code and the figure's id; null for a figure it does not know
     */
    static Json json(
            Kit kit,
            Sweden sweden,
            Channels channels,
            Map<String, String> accounts,
            BiFunction<String, String, String> figureSentence,
            Local local,
            ApprovalMarks approvals) {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", kit.year());
        // The page fits a local post to the politicians entered there as the build does, dropping
        // these first.
        local.optionalHashtags().forEach(root.withArray("optionalHashtags")::add);
        root.put("committee", local.committee());
        // In the order people use the networks: the script lists each place's posts in it.
        ObjectNode networks = root.putObject("channels");
        List<String> byUse = channels.idsByUse();
        byUse.forEach(id -> channel(networks.putObject(id), channels.get(id), accounts.get(id)));
        ArrayNode links = root.putArray("links");
        kit.links()
                .forEach(
                        l ->
                                links.addObject()
                                        .put("title", l.title())
                                        .put("url", webAddress(l.url()))
                                        .put("description", l.description())
                                        .put("verdict", l.verdict())
                                        // The page lists failed links at its top.
                                        .put("failed", l.failed())
                                        .put("pageTitle", l.pageTitle())
                                        .put("ogTitle", l.ogTitle())
                                        .put("ogDescription", l.ogDescription())
                                        .put("ogImage", l.ogImage())
                                        .put(
                                                "checked",
                                                l.checkedAt() == null
                                                        ? null
                                                        : SWEDISH.dateTime(
                                                                l.checkedAt()
                                                                        .atOffset(
                                                                                ZoneOffset.UTC))));
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        Map<String, List<Posted>> posts = new LinkedHashMap<>();
        ArrayNode list = root.putArray("groups");
        ObjectNode placesRoot = JSON.createObjectNode();
        ArrayNode places = placesRoot.putArray("groups");
        Map<OutputId, PostFrame> frames = new HashMap<>();
        kit.frames().forEach(f -> frames.put(f.id(), f));
        PostFrames framed = new PostFrames(root.putArray("frameTexts"), local.committee());
        for (Output o : kit.outputs()) {
            ObjectNode group =
                    groups.computeIfAbsent(
                            o.id().variantCode(),
                            v ->
                                    group(
                                            isPlace(v, sweden)
                                                    ? places.addObject()
                                                    : list.addObject(),
                                            v,
                                            sweden));
            if (o instanceof Posted posted) {
                posts.computeIfAbsent(o.id().variantCode(), v -> new ArrayList<>()).add(posted);
            } else {
                group.withArray("docs")
                        .addObject()
                        .put("path", o.path())
                        .put("file", documentFile(o));
            }
        }
        posts.forEach(
                (variant, ofGroup) -> {
                    ObjectNode group = groups.get(variant);
                    ofGroup.stream()
                            .sorted(cardOrder(byUse))
                            .forEach(
                                    p -> {
                                        ObjectNode post = group.withArray("posts").addObject();
                                        post(post, p, figureSentence);
                                        approvals.put(post, p);
                                        PostFrame frame = frames.get(p.id());
                                        if (frame != null) {
                                            framed.put(
                                                    post,
                                                    group,
                                                    frame,
                                                    String.join("\n\n", p.texts()));
                                        }
                                    });
                });
        framed.finish();
        return new Json(safe(root), safe(placesRoot));
    }

    /**
     * A group's cards: its local posts first (what a branch came for), then network by network in
     * the order people use them, each network's posts in the kit's order (the sort is stable).
     */
    static Comparator<Posted> cardOrder(List<String> byUse) {
        return Comparator.<Posted>comparingInt(p -> p.id().kind().equals(LOCAL) ? 0 : 1)
                .thenComparingInt(p -> byUse.indexOf(p.network()));
    }

    private static boolean isPlace(String variant, Sweden sweden) {
        return sweden.region(variant).isPresent() || sweden.municipality(variant).isPresent();
    }

    private static String safe(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the page data cannot be written as JSON", e);
        }
    }

    /**
     * The address if it is a web address ({@code https://} or {@code http://}), else null: the
     * script makes a link of it, and a {@code javascript:} or {@code data:} link would run in the
     * page. The loader refuses such addresses; this holds for a kit made any other way.
     */
    static String webAddress(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }

    /**
     * What the page's script needs to count and share a channel's posts, so it switches on a way of
     * counting, never on a network.
     */
    private static void channel(ObjectNode node, Channel channel, String account) {
        node.put("name", channel.name()).put("counting", channel.network().counting().key());
        // The organisation's handle heads its posts' previews; a profile address is no handle.
        if (account != null && channel.network().mentions().isPresent()) {
            node.put("account", account);
        }
        // A Mastodon instance may reserve another length per link (channels.yaml); the page counts
        // with it too.
        channel.rule().linkLength().ifPresent(length -> node.put("linkLength", length));
        // What the page's fitter needs: whether a long post may become a thread, whether the
        // network tags people by handle, and Bluesky's second bound, in bytes.
        node.put("threads", channel.threads());
        if (channel.network().mentions().isPresent()) {
            node.put("handles", true);
        }
        channel.rule().byteLimit().ifPresent(bytes -> node.put("maxBytes", bytes));
        // The page has no Mastodon instance to share to, as the manifest's share links have none.
        channel.network()
                .composer(Optional.empty())
                .ifPresent(
                        composer ->
                                node.put("composer", composer.prefix())
                                        .put("composerTakesLink", composer.linkOnly()));
    }

    private static ObjectNode group(ObjectNode group, String variant, Sweden sweden) {
        group.put("code", variant);
        var region = sweden.region(variant);
        var municipality = sweden.municipality(variant);
        if (municipality.isPresent()) {
            String regionName =
                    sweden.region(municipality.get().regionCode()).map(r -> r.name()).orElse("");
            String name = municipality.get().name();
            // "Falu kommun" finds Falun too: people search the way the municipality names itself.
            group.put("level", "municipality")
                    .put("name", name)
                    .put("fullName", municipality.get().officialName())
                    .put("region", regionName);
        } else if (region.isPresent()) {
            group.put("level", "region")
                    .put("name", region.get().name())
                    .put("region", region.get().name());
        } else {
            group.put("level", "national").put("region", "");
        }
        group.putArray("docs");
        group.putArray("posts");
        return group;
    }

    /** The key of a post's label on the page: the last part of its id ({@code short-1}). */
    static String postName(Posted post) {
        String id = post.id().toString();
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** The key of a document's label on the page: its file name ({@code release.pdf}). */
    static String documentFile(Output document) {
        return document.path().substring(document.path().lastIndexOf('/') + 1);
    }

    private static void post(
            ObjectNode post, Posted o, BiFunction<String, String, String> figureSentence) {
        post.put("id", o.id().toString())
                .put("channel", o.network())
                .put("name", postName(o))
                .put("path", o.path())
                .put("limit", o.limit());
        ArrayNode texts = post.putArray("texts");
        List<String> parts = o.texts();
        parts.forEach(texts::add);
        if (o.example()) {
            post.put("example", true);
        }
        // A figure's card is named by what it says: its sentence, as the edition says it.
        if (o.id().kind().equals(FIGURE)) {
            String sentence = figureSentence.apply(o.id().variantCode(), o.id().name());
            if (sentence != null) {
                post.put("about", sentence);
            }
        }
    }
}
