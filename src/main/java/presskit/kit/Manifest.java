package presskit.kit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import presskit.channel.IntentLinks;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;

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
        return write(tree(kit));
    }

    /**
     * The manifest of a kit in which the outputs of some editions were built again: {@code
     * previous} with the entries of {@code variants} replaced by {@code part}'s, everything else
     * (the other entries, the links, the embargo) kept as it was, in the order a whole build gives.
     *
     * @param previous the kit's manifest before, its bytes as written
     * @param file the manifest's name, for an error about its content
     * @param part the outputs of the editions built again
     * @param variants the codes of those editions ({@code 2584}, {@code 18})
     * @throws DiagnosticException when {@code previous} is not a manifest presskit wrote
     */
    public static Merged merged(byte[] previous, String file, Kit part, Set<String> variants) {
        JsonNode before;
        try {
            before = JSON.readTree(previous);
        } catch (JsonProcessingException e) {
            throw notAManifest(file, e.getLocation(), "it is not JSON");
        } catch (IOException e) {
            // Reading bytes in memory fails only as JSON does.
            throw notAManifest(file, null, "it is not JSON");
        }
        if (!(before instanceof ObjectNode root)
                || !(root.get("outputs") instanceof ArrayNode entries)
                || root.path("year").asInt() != part.year()) {
            throw notAManifest(file, null, "it is not the manifest of a " + part.year() + " kit");
        }
        List<JsonNode> kept = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        for (JsonNode entry : entries) {
            if (!variants.contains(entry.path("variant").asText())) {
                kept.add(entry);
                continue;
            }
            replaced.add(entry.path("path").asText());
            entry.path("parts").forEach(p -> replaced.add(p.path("path").asText()));
        }
        tree(part).withArray("outputs").forEach(kept::add);
        kept.sort(Comparator.comparing((JsonNode e) -> e.path("id").asText()));
        ArrayNode outputs = root.putArray("outputs");
        kept.forEach(outputs::add);
        return new Merged(write(root), replaced);
    }

    /**
     * A manifest merged from a previous one and a part built again.
     *
     * @param json the new manifest
     * @param replaced the files the previous manifest listed for the editions built again
     */
    public record Merged(String json, Set<String> replaced) {

        public Merged {
            replaced = Set.copyOf(replaced);
        }
    }

    private static DiagnosticException notAManifest(String file, JsonLocation at, String reason) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new DiagnosticException(
                Diagnostic.error(
                        file,
                        line,
                        column,
                        "",
                        "a build for a region or a municipality updates the kit already written, but "
                                + reason
                                + "; build the whole year once (without --region and"
                                + " --municipality) to replace it"));
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest cannot be written as JSON", e);
        }
    }

    private static ObjectNode tree(Kit kit) {
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
        return root;
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
