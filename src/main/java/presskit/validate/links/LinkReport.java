package presskit.validate.links;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Prints link results as a table for people or as one JSON object for scripts and CI. */
public final class LinkReport {

    private static final int VERDICT_WIDTH = Verdict.TOO_MANY_REDIRECTS.label().length();
    private static final int MAX_URL_WIDTH = 60;

    private final List<LinkResult> results;

    public LinkReport(List<LinkResult> results) {
        this.results = List.copyOf(results);
    }

    /** Whether any link must be fixed: broken, timed out, redirected too often or a soft 404. */
    public boolean hasFailures() {
        return results.stream().anyMatch(LinkResult::isFailure);
    }

    /** One line per link (verdict, status, URL, then title or reason) and a summary line. */
    public void printText(PrintWriter out) {
        int urlWidth =
                Math.min(
                        MAX_URL_WIDTH,
                        results.stream().mapToInt(r -> r.url().length()).max().orElse(3));
        String format = "%-" + VERDICT_WIDTH + "s  %-6s  %-" + urlWidth + "s  %s%n";
        if (!results.isEmpty()) {
            out.printf(format, "VERDICT", "STATUS", "URL", "TITLE / REASON");
        }
        for (LinkResult r : results) {
            out.printf(
                    format,
                    r.verdict().label(),
                    r.status() == null ? "-" : r.status(),
                    r.url(),
                    detail(r));
        }
        out.println(summary());
        out.flush();
    }

    /**
     * {@code {"links":[{"url", "verdict", "status", "final_url", "title", "og", "used_by",
     * "elapsed_ms", ...}]}}.
     */
    public void printJson(PrintWriter out) {
        ObjectNode root = LinkJson.MAPPER.createObjectNode();
        ArrayNode links = root.putArray("links");
        results.forEach(r -> links.add(LinkJson.toJson(r)));
        try {
            out.println(LinkJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this would be a bug in Jackson.
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** {@code "5 links: 3 ok, 2 broken; 1 from the cache"}. */
    public String summary() {
        if (results.isEmpty()) {
            return "No links to check.";
        }
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        results.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        StringJoiner byVerdict = new StringJoiner(", ");
        counts.forEach((verdict, n) -> byVerdict.add(n + " " + verdict.label()));
        long cached = results.stream().filter(LinkResult::cached).count();
        return Reasons.plural(results.size(), "link")
                + ": "
                + byVerdict
                + (cached == 0 ? "" : "; " + cached + " from the cache");
    }

    private static String detail(LinkResult r) {
        String text =
                switch (r.verdict()) {
                    case OK -> r.title() == null ? r.reason() : r.title();
                    case REDIRECTED -> r.reason() + (r.title() == null ? "" : " — " + r.title());
                    default -> r.reason();
                };
        if (r.isFailure() && !r.usedBy().isEmpty()) {
            int others = r.usedBy().size() - 1;
            text +=
                    " (used by "
                            + r.usedBy().get(0)
                            + (others == 0 ? "" : " and " + others + " more")
                            + ")";
        }
        return text;
    }
}
