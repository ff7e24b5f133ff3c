package presskit.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import presskit.channel.IntentLinks;

/**
 * The kit's table of contents, {@code manifest.json}: one entry per output, read by the press-kit page,
 * {@code publish} and scripts. Field order is fixed so the file is byte-identical for the same input.
 */
public final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final IntentLinks SHARE = IntentLinks.withoutMastodonInstance();

    private Manifest() {
    }

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
            ObjectNode card = links.addObject().put("id", l.id()).put("url", l.url()).put("title", l.title())
                    .put("description", l.description()).put("verdict", l.verdict()).put("page_title", l.pageTitle());
            card.putObject("og").put("title", l.ogTitle()).put("description", l.ogDescription()).put("image", l.ogImage());
            card.put("checked_at", l.checkedAt() == null ? null : l.checkedAt().toString());
        }
        ArrayNode outputs = root.putArray("outputs");
        for (Output o : kit.outputs()) {
            ObjectNode entry = outputs.addObject();
            entry.put("id", o.id());
            entry.put("kind", o.kind().id());
            entry.put("channel", o.channel());
            entry.put("variant", o.variant());
            entry.put("path", o.path());
            entry.put("length", o.length());
            entry.put("limit", o.limit());
            entry.put("valid", o.valid());
            entry.put("example", o.example());
            if (o.kind().isPost()) {
                // A thread's composer link opens its first part; the others follow as replies.
                SHARE.compose(o.channel(), o.postTexts().get(0)).ifPresent(url -> entry.put("share", url));
            }
            if (!o.parts().isEmpty()) {
                ArrayNode parts = entry.putArray("parts");
                o.parts().forEach(p -> parts.addObject().put("path", p.path()).put("length", p.length()));
            }
            if (!o.droppedHashtags().isEmpty()) {
                ArrayNode dropped = entry.putArray("dropped_hashtags");
                o.droppedHashtags().forEach(dropped::add);
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest cannot be written as JSON", e);
        }
    }
}
