package presskit.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import presskit.channel.IntentLinks;

/**
 * The kit's table of contents, {@code manifest.json}: one entry per output, read by the press-kit
 * page, {@code publish} and scripts. Field order is fixed so the file is byte-identical for the
 * same input.
 */
public final class Manifest {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final IntentLinks SHARE = IntentLinks.withoutMastodonInstance();

    private Manifest() {}

    public static String json(Kit kit) {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", kit.year());
        if (kit.embargo() == null) {
            root.putNull("embargo");
        } else {
            root.put("embargo", kit.embargo().toString());
        }
        ArrayNode links = root.putArray("links");
        for (LinkCard l : kit.links()) {
            ObjectNode card =
                    links.addObject()
                            .put("id", l.id())
                            .put("url", l.url())
                            .put("title", l.title())
                            .put("description", l.description())
                            .put("verdict", l.verdict())
                            .put("page_title", l.pageTitle());
            card.putObject("og")
                    .put("title", l.ogTitle())
                    .put("description", l.ogDescription())
                    .put("image", l.ogImage());
            card.put("checked_at", l.checkedAt() == null ? null : l.checkedAt().toString());
        }
        ArrayNode outputs = root.putArray("outputs");
        for (Output o : kit.outputs()) {
            ObjectNode entry = outputs.addObject();
            entry.put("id", o.id().toString());
            entry.put("kind", o.kind().id());
            entry.put("channel", o.id().family());
            entry.put("variant", o.id().variantCode());
            entry.put("path", o.path());
            if (o instanceof Posted post) {
                posted(entry, post);
            } else {
                // Documents have no limit: the manifest says 0, and they are always valid.
                entry.put("length", o instanceof Document document ? document.length() : 0);
                entry.put("limit", 0);
                entry.put("valid", true);
                entry.put("example", o.example());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest cannot be written as JSON", e);
        }
    }

    private static void posted(ObjectNode entry, Posted post) {
        entry.put("length", post.length());
        entry.put("limit", post.limit());
        entry.put("valid", post.fits());
        entry.put("example", post.example());
        // A thread's composer link opens its first part; the others follow as replies.
        SHARE.compose(post.network(), post.texts().get(0))
                .ifPresent(url -> entry.put("share", url));
        if (post instanceof PostThread thread) {
            ArrayNode parts = entry.putArray("parts");
            thread.parts()
                    .forEach(
                            p -> parts.addObject().put("path", p.path()).put("length", p.length()));
        }
        if (!post.droppedHashtags().isEmpty()) {
            ArrayNode dropped = entry.putArray("dropped_hashtags");
            post.droppedHashtags().forEach(dropped::add);
        }
    }
}
