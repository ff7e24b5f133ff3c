package presskit.publish.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import presskit.channel.BlueskyText;
import presskit.channel.BlueskyText.Facet;
import presskit.channel.BlueskyText.Link;
import presskit.channel.BlueskyText.Mention;
import presskit.channel.BlueskyText.Tag;
import presskit.publish.LinkPreview;
import presskit.publish.PartRequest;
import presskit.publish.PostedId;
import presskit.publish.PublishFailure;
import presskit.publish.PublishFailure.Kind;
import presskit.publish.Publisher;

/**
 * Posts to Bluesky: each part an {@code app.bsky.feed.post} record written with {@code
 * com.atproto.repo.putRecord} under a TID record key that the ledger holds before the request, so
 * writing it again rewrites the same record instead of posting twice; {@code getRecord} on that key
 * tells whether an earlier request arrived.
 *
 * <p>The record's text and facets are {@link BlueskyText}'s (links shortened as Bluesky's app does,
 * each link facet holding the full address); mentions get their DID from {@code
 * com.atproto.identity.resolveHandle}; a thread's parts name its first and previous part; a post's
 * first part carries a link card ({@code app.bsky.embed.external}) for its first link when the
 * kit's manifest has a preview of it.
 */
public final class BlueskyPublisher implements Publisher {

    /** What a dry run answers instead of an id: nothing was posted, so there is no id to give. */
    public static final PostedId NOT_SENT = new PostedId("(dry run: not sent)");

    /** The longest any one request may take, its answer included. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);

    static final String POST = "app.bsky.feed.post";
    private static final int MAX_GRAPHEMES = 300;
    private static final int MAX_BYTES = 3000;
    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Xrpc xrpc;
    private final Session session; // null in a dry run
    private final BlueskyFailures failures;
    private final CardImage images;
    private final List<LinkPreview> previews;
    private final Consumer<String> notes;
    private final Clock clock;
    private final Tid tids;
    private final boolean live;
    private final Map<String, Optional<String>> dids = new HashMap<>();
    private final Map<String, Optional<JsonNode>> blobs = new HashMap<>();

    private BlueskyPublisher(
            BlueskyRoot root,
            Optional<BlueskyCredentials> credentials,
            List<LinkPreview> previews,
            Consumer<String> notes,
            Duration deadline,
            boolean live) {
        this.xrpc = new Xrpc(root.root(), deadline);
        this.failures = new BlueskyFailures();
        credentials.ifPresent(c -> failures.secret(c.appPassword()));
        // A dry run has no account and never logs in: it stops before the first request.
        this.session = credentials.map(c -> new Session(xrpc, c, failures)).orElse(null);
        this.images = new CardImage(deadline);
        this.previews = List.copyOf(previews);
        this.notes = notes;
        this.clock = Clock.systemUTC();
        this.tids = new Tid(clock);
        this.live = live;
    }

    /**
     * A publisher that posts for the account the credentials belong to.
     *
     * @param previews the kit's link previews, for link cards
     * @param notes told what the user should know but that does not stop the post, such as a
     *     mention that stays plain text or a card without its image
     * @param deadline the longest one request may take
     */
    public static BlueskyPublisher connect(
            BlueskyRoot root,
            BlueskyCredentials credentials,
            List<LinkPreview> previews,
            Consumer<String> notes,
            Duration deadline) {
        Objects.requireNonNull(credentials, "credentials");
        return new BlueskyPublisher(
                root, Optional.of(credentials), previews, notes, deadline, true);
    }

    /**
     * A publisher for a dry run: it makes each record's text and facets and checks its length as
     * for a live run, but needs no credentials and sends nothing.
     */
    public static BlueskyPublisher dryRun(BlueskyRoot root) {
        return new BlueskyPublisher(root, Optional.empty(), List.of(), note -> {}, DEADLINE, false);
    }

    @Override
    public Optional<String> newKey() {
        return Optional.of(tids.next());
    }

    @Override
    public PostedId post(PartRequest request) throws PublishFailure {
        Objects.requireNonNull(request, "request");
        BlueskyText text = BlueskyText.of(request.text());
        check(request, text);
        if (!live) {
            // The dry run stops here: the text is made and checked as for a live run.
            return NOT_SENT;
        }
        String rkey = key(request);
        ObjectNode record = record(request, text);
        String did = session.did();
        ObjectNode body =
                Xrpc.JSON
                        .createObjectNode()
                        .put("repo", did)
                        .put("collection", POST)
                        .put("rkey", rkey);
        body.set("record", record);
        String nsid = "com.atproto.repo.putRecord";
        Xrpc.Answer answer = session.send(token -> xrpc.procedure(nsid, body, Optional.of(token)));
        if (!answer.ok()) {
            throw failures.of(nsid, answer, true);
        }
        return posted(nsid, answer.body());
    }

    @Override
    public Optional<PostedId> find(PartRequest request) throws PublishFailure {
        if (!live) {
            return Optional.empty();
        }
        String rkey = key(request);
        String did = session.did();
        String nsid = "com.atproto.repo.getRecord";
        Map<String, String> parameters = Map.of("repo", did, "collection", POST, "rkey", rkey);
        Xrpc.Answer answer =
                session.send(token -> xrpc.query(nsid, parameters, Optional.of(token)));
        if (answer.status() == 400 && answer.error().equals("RecordNotFound")) {
            return Optional.empty();
        }
        if (!answer.ok()) {
            throw failures.of(nsid, answer, false);
        }
        return Optional.of(posted(nsid, answer.body()));
    }

    private PostedId posted(String nsid, JsonNode body) throws PublishFailure {
        String uri = body.path("uri").asText("");
        String cid = body.path("cid").asText("");
        if (!uri.startsWith("at://") || cid.isEmpty()) {
            throw new PublishFailure(
                    Kind.UNEXPECTED,
                    "Bluesky answered " + nsid + " without the record's uri and cid",
                    true);
        }
        return new PostedId(uri, cid);
    }

    private static String key(PartRequest request) {
        String rkey =
                request.key()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "'request.key' must hold the part's record key"));
        if (!Tid.SYNTAX.matcher(rkey).matches()) {
            throw new IllegalArgumentException(
                    "'request.key' must be a TID record key, not '" + rkey + "'");
        }
        return rkey;
    }

    /** Refuses a text Bluesky would refuse, before anything is sent. */
    private static void check(PartRequest request, BlueskyText text) throws PublishFailure {
        int graphemes = text.graphemes();
        int bytes = text.text().getBytes(StandardCharsets.UTF_8).length;
        if (graphemes > MAX_GRAPHEMES || bytes > MAX_BYTES) {
            throw new PublishFailure(
                    Kind.REJECTED,
                    "its text is "
                            + (graphemes > MAX_GRAPHEMES
                                    ? graphemes + " graphemes"
                                    : bytes + " bytes")
                            + " with its links shortened as Bluesky shows them; Bluesky takes at"
                            + " most 300 graphemes and 3000 bytes. Shorten the message and build"
                            + " again",
                    false);
        }
    }

    private ObjectNode record(PartRequest request, BlueskyText text) throws PublishFailure {
        ObjectNode record = Xrpc.JSON.createObjectNode().put("$type", POST);
        record.put("text", text.text());
        ArrayNode facets = Xrpc.JSON.createArrayNode();
        for (Facet facet : text.facets()) {
            feature(request, text, facet)
                    .ifPresent(
                            feature -> {
                                ObjectNode f = facets.addObject();
                                f.putObject("index")
                                        .put("byteStart", facet.byteStart())
                                        .put("byteEnd", facet.byteEnd());
                                f.putArray("features").add(feature);
                            });
        }
        if (!facets.isEmpty()) {
            record.set("facets", facets);
        }
        record.putArray("langs").add("sv");
        record.put("createdAt", CREATED_AT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        if (request.root().isPresent() && request.parent().isPresent()) {
            ObjectNode reply = record.putObject("reply");
            reply.set("root", strongRef(request.root().get()));
            reply.set("parent", strongRef(request.parent().get()));
        }
        if (request.part().number() == 1) {
            card(request, text).ifPresent(card -> record.set("embed", card));
        }
        return record;
    }

    private Optional<ObjectNode> feature(PartRequest request, BlueskyText text, Facet facet)
            throws PublishFailure {
        ObjectNode feature = Xrpc.JSON.createObjectNode();
        if (facet instanceof Link link) {
            return Optional.of(
                    feature.put("$type", "app.bsky.richtext.facet#link").put("uri", link.uri()));
        }
        if (facet instanceof Tag tag) {
            return Optional.of(
                    feature.put("$type", "app.bsky.richtext.facet#tag").put("tag", tag.tag()));
        }
        Mention mention = (Mention) facet;
        Optional<String> did = resolve(request, mention.handle());
        return did.map(d -> feature.put("$type", "app.bsky.richtext.facet#mention").put("did", d));
    }

    /** The DID of {@code handle}, or empty when it does not resolve (it stays plain text). */
    private Optional<String> resolve(PartRequest request, String handle) throws PublishFailure {
        Optional<String> known = dids.get(handle);
        if (known != null) {
            return known;
        }
        String nsid = "com.atproto.identity.resolveHandle";
        Xrpc.Answer answer = xrpc.query(nsid, Map.of("handle", handle), Optional.empty());
        Optional<String> did;
        if (answer.ok() && answer.body().path("did").asText("").startsWith("did:")) {
            did = Optional.of(answer.body().path("did").asText());
        } else if (answer.status() == 400) {
            did = Optional.empty();
            notes.accept(
                    request.label()
                            + ": @"
                            + handle
                            + " is not a Bluesky account ("
                            + (answer.error().isEmpty() ? "400" : answer.error())
                            + "), so it is posted as plain text, not as a mention");
        } else {
            throw failures.of(nsid, answer, false);
        }
        dids.put(handle, did);
        return did;
    }

    private static ObjectNode strongRef(PostedId id) {
        return Xrpc.JSON
                .createObjectNode()
                .put("uri", id.value())
                .put(
                        "cid",
                        id.reference()
                                .orElseThrow(
                                        () ->
                                                new IllegalArgumentException(
                                                        "a Bluesky reply needs the CID of "
                                                                + id.value())));
    }

    /** The link card of the text's first link, when the kit has a preview of it. */
    private Optional<ObjectNode> card(PartRequest request, BlueskyText text) throws PublishFailure {
        Optional<Link> first =
                text.facets().stream()
                        .filter(Link.class::isInstance)
                        .map(Link.class::cast)
                        .findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        String uri = first.get().uri();
        Optional<LinkPreview> preview =
                previews.stream().filter(p -> LinkAddresses.same(p.url(), uri)).findFirst();
        if (preview.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode embed = Xrpc.JSON.createObjectNode().put("$type", "app.bsky.embed.external");
        ObjectNode external =
                embed.putObject("external")
                        .put("uri", uri)
                        .put("title", preview.get().title())
                        .put("description", preview.get().description());
        Optional<JsonNode> thumb =
                preview.get().imageUrl().isEmpty()
                        ? Optional.empty()
                        : thumb(request, preview.get().imageUrl().get());
        thumb.ifPresent(blob -> external.set("thumb", blob));
        return Optional.of(embed);
    }

    /** The uploaded blob of the card's image; empty, with a note, when it cannot be had. */
    private Optional<JsonNode> thumb(PartRequest request, String imageUrl) throws PublishFailure {
        Optional<JsonNode> known = blobs.get(imageUrl);
        if (known != null) {
            return known;
        }
        byte[] jpeg;
        try {
            jpeg = images.fetch(imageUrl);
        } catch (CardImage.Unusable e) {
            notes.accept(
                    request.label()
                            + ": the link card goes without its image "
                            + imageUrl
                            + ": "
                            + e.getMessage());
            blobs.put(imageUrl, Optional.empty());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailure(
                    Kind.TRANSIENT, "interrupted while fetching " + imageUrl, false);
        }
        String nsid = "com.atproto.repo.uploadBlob";
        Xrpc.Answer answer =
                session.send(token -> xrpc.upload(nsid, jpeg, "image/jpeg", Optional.of(token)));
        if (!answer.ok() || !answer.body().path("blob").isObject()) {
            // The post is not sent yet, so a failure here cannot have posted it.
            throw answer.ok()
                    ? new PublishFailure(
                            Kind.UNEXPECTED,
                            "Bluesky answered " + nsid + " without the blob",
                            false)
                    : failures.of(nsid, answer, false);
        }
        Optional<JsonNode> blob = Optional.of(answer.body().path("blob"));
        blobs.put(imageUrl, blob);
        return blob;
    }
}
