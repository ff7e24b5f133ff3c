package presskit.validate.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Converts link results to and from the JSON objects of {@code --format json} and of the cache. */
final class LinkJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private LinkJson() {}

    /**
     * The result as {@code {"url", "verdict", "status", "final_url", "title", "og", "used_by",
     * ...}}.
     */
    static ObjectNode toJson(LinkResult r) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("url", r.url());
        node.put("verdict", r.verdict().label());
        node.put("status", r.status());
        node.put("final_url", r.finalUrl());
        node.put("title", r.title());
        ObjectNode og = node.putObject("og");
        og.put("title", r.og().title());
        og.put("description", r.og().description());
        og.put("image", r.og().image());
        ArrayNode usedBy = node.putArray("used_by");
        r.usedBy().forEach(usedBy::add);
        node.put("elapsed_ms", r.elapsedMs());
        ArrayNode redirects = node.putArray("redirects");
        for (Redirect hop : r.redirects()) {
            redirects.addObject().put("url", hop.url()).put("status", hop.status());
        }
        node.put("reason", r.reason());
        node.put("cached", r.cached());
        return node;
    }

    /**
     * Reads back what {@link #toJson} wrote; throws {@link IllegalArgumentException} on anything
     * else.
     */
    static LinkResult fromJson(JsonNode node) {
        List<Redirect> redirects = new ArrayList<>();
        for (JsonNode hop : node.path("redirects")) {
            JsonNode hopStatus = hop.path("status");
            if (!hopStatus.isInt()) {
                throw new IllegalArgumentException("a redirect's status must be a whole number");
            }
            redirects.add(new Redirect(required(hop, "url"), hopStatus.intValue()));
        }
        List<String> usedBy = new ArrayList<>();
        node.path("used_by").forEach(id -> usedBy.add(id.asText()));
        JsonNode og = node.path("og");
        JsonNode status = node.path("status");
        return new LinkResult(
                required(node, "url"),
                Verdict.fromLabel(required(node, "verdict")),
                status.isInt() ? status.asInt() : null,
                text(node, "final_url"),
                redirects,
                text(node, "title"),
                new OpenGraph(text(og, "title"), text(og, "description"), text(og, "image")),
                usedBy,
                node.path("elapsed_ms").canConvertToLong() ? node.path("elapsed_ms").asLong() : 0,
                required(node, "reason"),
                node.path("cached").asBoolean());
    }

    static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
