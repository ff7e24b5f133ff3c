package presskit.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import presskit.load.ApprovalsFile;
import presskit.model.Approval;

/**
 * Writes {@code out/<year>/} in the shape {@code presskit build} produces: manifest.json plus text
 * files.
 */
public final class BuildFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path outRoot;
    private final int year;
    private final ObjectNode manifest = JSON.createObjectNode();
    private final ArrayNode outputs;
    private final Map<String, List<String>> texts = new LinkedHashMap<>();
    private final ArrayNode links;
    private String channel;

    public BuildFixture(Path outRoot, int year) {
        this.outRoot = outRoot;
        this.year = year;
        manifest.put("year", year);
        manifest.putNull("embargo");
        manifest.put("generator", "fixture");
        links = manifest.putArray("links");
        outputs = manifest.putArray("outputs");
        // A release is in every real build and must be ignored by publish.
        ObjectNode release =
                entry(
                        "national/release-html",
                        "release",
                        "release",
                        "national",
                        "national/release.html",
                        0);
        release.put("valid", true);
        write("national/release.html", "<p>release</p>\n");
    }

    public BuildFixture embargo(String isoOffsetDateTime) {
        manifest.put("embargo", isoOffsetDateTime);
        return this;
    }

    /**
     * The network of the posts and threads added from now on (until set: the one their id names).
     */
    public BuildFixture channel(String network) {
        this.channel = network;
        return this;
    }

    /** One of the year's links, with what the link check found on its page. */
    public BuildFixture link(String url, String ogTitle, String ogDescription, String ogImage) {
        ObjectNode link =
                links.addObject()
                        .put("id", "link-" + links.size())
                        .put("url", url)
                        .put("title", "Länken")
                        .put("description", "");
        link.putObject("og")
                .put("title", ogTitle)
                .put("description", ogDescription)
                .put("image", ogImage);
        return this;
    }

    /** A single post; the file ends with a newline, as the build writes it. */
    public BuildFixture post(String id, String variant, String text) {
        String path = id + ".txt";
        write(path, text + "\n");
        entry(id, "post", channel == null ? channelOf(id) : channel, variant, path, length(text));
        texts.put(id, List.of(text));
        return this;
    }

    public BuildFixture examplePost(String id, String text) {
        post(id, "national", text);
        ((ObjectNode) outputs.get(outputs.size() - 1)).put("example", true);
        texts.remove(id);
        return this;
    }

    /** A thread whose parts are posted in order. */
    public BuildFixture thread(String id, String variant, List<String> parts) {
        String path = id + ".txt";
        write(path, String.join("\n\n", parts) + "\n");
        ObjectNode entry =
                entry(
                        id,
                        "thread",
                        channel == null ? channelOf(id) : channel,
                        variant,
                        path,
                        parts.stream().mapToInt(BuildFixture::length).sum());
        texts.put(id, List.copyOf(parts));
        ArrayNode list = entry.putArray("parts");
        for (int i = 0; i < parts.size(); i++) {
            String partPath = id + "-" + (i + 1) + ".txt";
            write(partPath, parts.get(i) + "\n");
            list.addObject()
                    .put("path", partPath)
                    .put("length", length(parts.get(i)))
                    .put("extra", "ignored");
        }
        return this;
    }

    /**
     * Writes {@code <messages>/<year>.approvals.yaml} approving every post and thread as it stands,
     * as {@code presskit approve} would after a person read them: a live run posts only approved
     * texts.
     */
    public BuildFixture approveAll(Path messages) {
        approve(messages, year, texts);
        return this;
    }

    /**
     * Writes {@code <messages>/<year>.approvals.yaml} approving each output id's texts (one per
     * part) as Anna Berg, on 14 September 2023.
     */
    public static void approve(Path messages, int year, Map<String, List<String>> texts) {
        List<Approval> approvals = new ArrayList<>();
        texts.forEach(
                (id, parts) ->
                        approvals.add(
                                new Approval(
                                        id,
                                        parts.stream()
                                                .map(
                                                        t ->
                                                                new Approval.Part(
                                                                        Approval.hashOf(t),
                                                                        Approval.opening(t)))
                                                .toList(),
                                        "Anna Berg",
                                        Instant.parse("2023-09-14T07:30:00Z"),
                                        "")));
        try {
            ApprovalsFile.write(ApprovalsFile.of(messages, year), year, approvals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes manifest.json and returns the out root. */
    public Path write() {
        try {
            Files.write(
                    yearDir().resolve("manifest.json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            return outRoot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path yearDir() {
        return outRoot.resolve(Integer.toString(year));
    }

    private ObjectNode entry(
            String id, String kind, String channel, String variant, String path, int length) {
        ObjectNode entry = outputs.addObject();
        entry.put("id", id)
                .put("kind", kind)
                .put("channel", channel)
                .put("variant", variant)
                .put("path", path)
                .put("length", length)
                .put("limit", 280)
                .put("valid", true)
                .put("example", false);
        return entry;
    }

    private void write(String relative, String text) {
        try {
            Path file = yearDir().resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The channel an id names, as the build's ids do: {@code national/mastodon/key-1}. */
    private static String channelOf(String id) {
        String[] segments = id.split("/");
        return segments.length > 2 ? segments[segments.length - 2] : "x";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
