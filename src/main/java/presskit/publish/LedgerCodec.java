package presskit.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a {@link Ledger} as readable JSON and reads it back, rejecting anything it cannot trust.
 * The layout:
 *
 * <pre>{@code
 * {
 *   "format" : 2, "year" : 2023, "channel" : "x",
 *   "outputs" : {
 *     "national/x/key-1" : [
 *       { "part" : 1, "sha256" : "…", "state" : "posted", "id" : "1700…01", "key" : "…",
 *         "sendingAt" : "2023-09-18T04:00:01Z", "settledAt" : "2023-09-18T04:00:02Z" },
 *       { "part" : 2, "sha256" : "…", "state" : "sending", "inReplyTo" : "1700…01",
 *         "sendingAt" : "2023-09-18T04:00:03Z" } ] } }
 * }</pre>
 *
 * <p>{@code state} is {@code sending}, {@code posted} or {@code refused}; {@code note} says why a
 * part was refused or left unconfirmed; {@code key} is the network's key for the part (Mastodon's
 * idempotency key, Bluesky's record key), written before the first request; {@code ref} is what a
 * reply must name besides the id (Bluesky's CID). Absent values are left out.
 */
final class LedgerCodec {

    /** Bumped when the layout changes, so an older presskit does not misread a newer ledger. */
    static final int FORMAT = 2;

    /** The first layout, without keys and references, which this one reads as it is. */
    private static final int FIRST_FORMAT = 1;

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LedgerCodec() {}

    static byte[] write(Ledger ledger) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("year", ledger.year());
        root.put("channel", ledger.channel());
        ObjectNode outputs = root.putObject("outputs");
        for (Map.Entry<String, Map<Integer, LedgerPart>> output : ledger.entries().entrySet()) {
            ArrayNode parts = outputs.putArray(output.getKey());
            for (LedgerPart part : output.getValue().values()) {
                ObjectNode node = parts.addObject();
                node.put("part", part.number());
                node.put("sha256", part.sha256());
                node.put("state", part.state().label());
                putIfSet(node, "id", part.postId());
                putIfSet(node, "ref", part.postRef());
                putIfSet(node, "key", part.key());
                putIfSet(node, "inReplyTo", part.inReplyTo());
                node.put("sendingAt", part.sendingAt().toString());
                putIfSet(
                        node,
                        "settledAt",
                        part.settledAt() == null ? null : part.settledAt().toString());
                putIfSet(node, "note", part.note());
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    /** Reads a ledger; throws {@link IllegalArgumentException} saying what is wrong with it. */
    static Ledger read(byte[] bytes, int year, String channel) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        int format = root == null ? -1 : wholeNumber(root.path("format"));
        if (format != FORMAT && format != FIRST_FORMAT) {
            throw new IllegalArgumentException(
                    "unknown format (expected \"format\": " + FORMAT + ")");
        }
        if (wholeNumber(root.path("year")) != year
                || !channel.equals(root.path("channel").asText())) {
            throw new IllegalArgumentException("it belongs to another year or channel");
        }
        Ledger ledger = new Ledger(year, channel);
        Iterator<Map.Entry<String, JsonNode>> outputs = root.path("outputs").fields();
        while (outputs.hasNext()) {
            Map.Entry<String, JsonNode> output = outputs.next();
            for (JsonNode node : output.getValue()) {
                ledger.put(output.getKey(), part(node));
            }
        }
        return ledger;
    }

    /**
     * A whole number as written, or -1 (never a valid format, year or part) for anything else: a
     * number too large for an int is not read as what is left of it.
     */
    private static int wholeNumber(JsonNode node) {
        return node.isInt() ? node.intValue() : -1;
    }

    private static LedgerPart part(JsonNode node) {
        return new LedgerPart(
                wholeNumber(node.path("part")),
                required(node, "sha256"),
                PartState.fromLabel(required(node, "state")),
                optional(node, "id"),
                optional(node, "ref"),
                optional(node, "key"),
                optional(node, "inReplyTo"),
                Instant.parse(required(node, "sendingAt")),
                node.hasNonNull("settledAt") ? Instant.parse(node.get("settledAt").asText()) : null,
                optional(node, "note"));
    }

    private static String required(JsonNode node, String name) {
        if (!node.path(name).isTextual()) {
            throw new IllegalArgumentException("a part without '" + name + "'");
        }
        return node.get(name).asText();
    }

    private static String optional(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asText() : null;
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
