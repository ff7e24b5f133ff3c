package presskit.validate.links;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.diagnostic.Diagnostic;
import presskit.source.SourceFiles;

/**
 * Writes and reads a year's links file, {@code <messages>/<year>.links.json}: what the last {@code
 * presskit links} of the year found. Builds read this file and never the link cache, so the same
 * files always give the same kit.
 *
 * <p>The file is {@code {"version": 1, "links": [...]}}, the links sorted by URL, each with {@code
 * url}, {@code verdict}, {@code status}, {@code final_url}, {@code title}, {@code og} ({@code
 * title}, {@code description}, {@code image}) and {@code checked_at}, in that order; two-space
 * indentation and a final newline. The same results checked at the same times give the same bytes.
 */
public final class LinksFile {

    private static final int VERSION = 1;
    private static final DefaultIndenter NEWLINE = new DefaultIndenter("  ", "\n");
    // Fixed indentation and line ends, never the platform's, so the bytes are the same everywhere.
    private static final ObjectWriter WRITER =
            LinkJson.MAPPER.writer(
                    new DefaultPrettyPrinter(
                                    Separators.createDefaultInstance()
                                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                            .withObjectIndenter(NEWLINE)
                            .withArrayIndenter(NEWLINE));

    private static final Pattern CONTROL_CHARACTER =
            Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

    private LinksFile() {}

    /** The links file of a year in a campaign folder, such as {@code messages/2023.links.json}. */
    public static Path of(Path messages, int year) {
        return messages.resolve(year + ".links.json");
    }

    /** Replaces the file with these links, atomically: a build never reads half a file. */
    public static void write(Path file, Collection<CheckedLink> links) throws IOException {
        ObjectNode root = LinkJson.MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("links");
        links.stream()
                .sorted(Comparator.comparing(CheckedLink::url))
                .forEach(link -> list.add(toJson(link)));
        AtomicFile.replace(file, (WRITER.writeValueAsString(root) + "\n").getBytes(UTF_8));
    }

    /**
     * The links in the file; none when there is no file. A file that cannot be read as a links file
     * is reported as a warning and ignored: the kit then shows the links as unchecked, and the next
     * {@code presskit links} (which builds the kit first) can replace it.
     */
    public static List<CheckedLink> read(Path file, Consumer<Diagnostic> warnings) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String shown = SourceFiles.display(file);
        JsonNode root;
        try {
            root = LinkJson.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            warnings.accept(
                    Diagnostic.warning(
                            shown,
                            at == null ? 0 : at.getLineNr(),
                            at == null ? 0 : at.getColumnNr(),
                            "",
                            ignored("not JSON: " + headline(e.getOriginalMessage()))));
            return List.of();
        } catch (IOException e) {
            warnings.accept(
                    Diagnostic.warning(shown, 0, 0, "", ignored("cannot be read: " + reason(e))));
            return List.of();
        }
        if (root == null
                || !root.path("version").isInt()
                || root.path("version").intValue() != VERSION
                || !root.path("links").isArray()) {
            warnings.accept(
                    Diagnostic.warning(
                            shown,
                            0,
                            0,
                            "",
                            ignored("expected {\"version\": " + VERSION + ", \"links\": [...]}")));
            return List.of();
        }
        List<CheckedLink> links = new ArrayList<>();
        for (int i = 0; i < root.get("links").size(); i++) {
            try {
                links.add(fromJson(root.get("links").get(i)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                warnings.accept(
                        Diagnostic.warning(
                                shown, 0, 0, "links[" + i + "]", ignored(e.getMessage())));
                return List.of();
            }
        }
        return List.copyOf(links);
    }

    /**
     * Jackson's message in a reader's words: the headline before the first colon (what follows
     * describes the parser's state), without the setting that set a limit ({@code from
     * `StreamReadConstraints…`}) and without character codes.
     */
    private static String headline(String jacksonMessage) {
        int colon = jacksonMessage.indexOf(':');
        String head = colon > 0 ? jacksonMessage.substring(0, colon) : jacksonMessage;
        Matcher control = CONTROL_CHARACTER.matcher(head);
        if (control.find()) {
            head =
                    control.replaceFirst(
                            String.format(
                                    Locale.ROOT,
                                    "(control character U+%04X)",
                                    Integer.parseInt(control.group(1))));
        }
        return head.replaceAll(",? from `[^`]*`", "")
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("`", "'");
    }

    /** The reason of a file-system failure without the path, which the warning names already. */
    private static String reason(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int open = message.lastIndexOf(" (");
        return open >= 0 && message.endsWith(")")
                ? message.substring(open + 2, message.length() - 1)
                : message;
    }

    private static String ignored(String problem) {
        return problem + "; the file is ignored (run presskit links to write it again)";
    }

    private static ObjectNode toJson(CheckedLink link) {
        ObjectNode node = LinkJson.MAPPER.createObjectNode();
        node.put("url", link.url());
        node.put("verdict", link.verdict().label());
        node.put("status", link.status());
        node.put("final_url", link.finalUrl());
        node.put("title", link.title());
        ObjectNode og = node.putObject("og");
        og.put("title", link.og().title());
        og.put("description", link.og().description());
        og.put("image", link.og().image());
        node.put("checked_at", link.checkedAt().toString());
        return node;
    }

    private static CheckedLink fromJson(JsonNode node) {
        JsonNode status = node.path("status");
        JsonNode og = node.path("og");
        return new CheckedLink(
                LinkJson.required(node, "url"),
                Verdict.fromLabel(LinkJson.required(node, "verdict")),
                status.isInt() ? status.asInt() : null,
                LinkJson.text(node, "final_url"),
                LinkJson.text(node, "title"),
                new OpenGraph(
                        LinkJson.text(og, "title"),
                        LinkJson.text(og, "description"),
                        LinkJson.text(og, "image")),
                Instant.parse(LinkJson.required(node, "checked_at")));
    }
}
