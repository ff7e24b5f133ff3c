package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.model.Approval;
import presskit.source.FieldPath;
import presskit.source.SourceFiles;
import presskit.source.SourceMap;

/**
 * A year's approvals file, {@code <year>.approvals.yaml} beside the year's file: read into {@link
 * Approval}s with every problem located, and written as YAML people review and commit, with each
 * part's first words as a comment above its hash.
 */
public final class ApprovalsFile {

    static final String SCHEMA = "approvals.schema.json";
    private static final String ROOT = "approvals";
    private static final Pattern OUTPUT_ID =
            Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*){1,4}");
    // The comment the writer puts above a part's hash: "# 2: Åtta av tio …".
    private static final Pattern OPENING = Pattern.compile("\\s*# [0-9]+: ?(.*)");

    private ApprovalsFile() {}

    /**
     * The approvals file of a year in a campaign folder, such as {@code
     * messages/2023.approvals.yaml}.
     */
    public static Path of(Path messages, int year) {
        return messages.resolve(year + ".approvals.yaml");
    }

    /**
     * The approvals in {@code file}; none when there is no file.
     *
     * @throws DiagnosticException every problem of a broken or wrongly edited file, located
     */
    public static List<Approval> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String shown = SourceFiles.display(file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > YamlReader.MAX_BYTES) {
                throw YamlReader.tooLarge(shown, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(YamlReader.MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(shown, 0, 0, "", "cannot read: " + e.getMessage()));
        }
        YamlReader.Document document = new YamlReader().read(shown, bytes);
        List<Diagnostic> problems = new ArrayList<>(TextCheck.characters(document));
        if (problems.isEmpty()) {
            problems.addAll(new SchemaCheck().check(document, SCHEMA));
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        List<Approval> approvals = new ArrayList<>();
        SourceMap sources = document.sources();
        Iterator<Map.Entry<String, JsonNode>> entries = document.root().path(ROOT).fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String path = FieldPath.child(ROOT, entry.getKey());
            if (!OUTPUT_ID.matcher(entry.getKey()).matches()) {
                SourceMap.Position at = sources.key(path);
                problems.add(
                        Diagnostic.error(
                                shown,
                                at.line(),
                                at.column(),
                                path,
                                "'"
                                        + entry.getKey()
                                        + "' is not an output id; write one as 'presskit approve"
                                        + " --list' shows it, such as national/x/key-1"));
                continue;
            }
            approvals.add(approval(entry.getKey(), entry.getValue(), path, sources, lines));
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
        return List.copyOf(approvals);
    }

    private static Approval approval(
            String id, JsonNode node, String path, SourceMap sources, List<String> lines) {
        List<Approval.Part> parts = new ArrayList<>();
        JsonNode hashes = node.path("parts");
        for (int i = 0; i < hashes.size(); i++) {
            int line = sources.value(FieldPath.index(FieldPath.child(path, "parts"), i)).line();
            Matcher comment =
                    line >= 2 ? OPENING.matcher(lines.get(line - 2)) : OPENING.matcher("");
            parts.add(
                    new Approval.Part(
                            hashes.get(i).textValue(), comment.matches() ? comment.group(1) : ""));
        }
        // The schema's date-time format is Moments' own reading, so this is present.
        Instant at = Moments.dateTime(node.path("at").textValue()).orElseThrow().toInstant();
        return new Approval(
                id, parts, node.path("by").textValue(), at, node.path("comment").asText(""));
    }

    /** The file's text for these approvals, sorted by output id, so a review sees small diffs. */
    public static String text(int year, Collection<Approval> approvals) {
        StringBuilder out = new StringBuilder();
        out.append("# The approved posts and threads of ")
                .append(year)
                .append(", written by 'presskit approve'.\n")
                .append("# Each entry holds the SHA-256 of every part's exact text as it was")
                .append(" approved, who\n")
                .append("# approved it and when. 'presskit publish --live' posts only texts that")
                .append(" match; a text\n")
                .append("# changed since must be approved again. Commit this file with the")
                .append(" campaign.\n");
        if (approvals.isEmpty()) {
            return out.append(ROOT).append(": {}\n").toString();
        }
        out.append(ROOT).append(":\n");
        approvals.stream()
                .sorted(Comparator.comparing(Approval::outputId))
                .forEach(
                        a -> {
                            out.append("  ").append(quoted(a.outputId())).append(":\n");
                            out.append("    parts:\n");
                            for (int i = 0; i < a.parts().size(); i++) {
                                Approval.Part part = a.parts().get(i);
                                out.append("      # ").append(i + 1).append(": ");
                                out.append(oneLine(part.opening())).append('\n');
                                out.append("      - ").append(quoted(part.sha256())).append('\n');
                            }
                            out.append("    by: ").append(quoted(a.by())).append('\n');
                            Instant at = a.at().truncatedTo(ChronoUnit.SECONDS);
                            out.append("    at: ").append(quoted(at.toString())).append('\n');
                            if (!a.comment().isEmpty()) {
                                out.append("    comment: ")
                                        .append(quoted(a.comment()))
                                        .append('\n');
                            }
                        });
        return out.toString();
    }

    /**
     * Replaces {@code file} with {@link #text}: written whole under a temporary name beside it,
     * then renamed over it, so a reader never sees half a file.
     */
    public static void write(Path file, int year, Collection<Approval> approvals)
            throws IOException {
        byte[] content = text(year, approvals).getBytes(StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not createTempFile: its owner-only permissions would stick to a file people commit.
        Path temp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(
                        temp,
                        file,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            // Gone after a successful move; left behind only when writing failed.
            Files.deleteIfExists(temp);
        }
    }

    /** A YAML double-quoted scalar; the texts hold no control characters (checked before). */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A comment's text: nothing that would end the comment's line or hide what it says. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\u0085]", " ").replaceAll("\\p{Cf}", "");
    }
}
