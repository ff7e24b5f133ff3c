package presskit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A person's approval of a post's or thread's exact text, as {@code <year>.approvals.yaml} records
 * it: the SHA-256 of every part as it was approved, so a text changed since no longer matches.
 *
 * @param outputId the output id, such as {@code national/x/key-1}
 * @param parts the parts approved, in posting order
 * @param by who approved it
 * @param at when
 * @param comment what the approver noted; empty when nothing
 */
public record Approval(String outputId, List<Part> parts, String by, Instant at, String comment) {

    public Approval {
        Objects.requireNonNull(outputId, "outputId");
        parts = List.copyOf(parts);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(comment, "comment");
    }

    /**
     * One part as approved.
     *
     * @param sha256 the lower-case hex SHA-256 of the part's text ({@link #hashOf})
     * @param opening the first words of the text, for a person reading the file; may be empty
     */
    public record Part(String sha256, String opening) {

        public Part {
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(opening, "opening");
        }
    }

    /**
     * The 1-based numbers of the parts of {@code texts} that differ from what was approved: a part
     * added or taken away since counts as changed too. Empty when every part is as approved.
     */
    public List<Integer> changedParts(List<String> texts) {
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(texts.size(), parts.size()); i++) {
            if (i >= texts.size()
                    || i >= parts.size()
                    || !parts.get(i).sha256().equals(hashOf(texts.get(i)))) {
                changed.add(i + 1);
            }
        }
        return changed;
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}: the hash the ledger keeps too. */
    public static String hashOf(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }

    /** The first words of {@code text} on one line, at most about 60 characters, for a reader. */
    public static String opening(String text) {
        String line =
                text.replaceAll("\\p{Cf}", "")
                        .replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ")
                        .strip();
        if (line.length() <= 60) {
            return line;
        }
        int cut = line.lastIndexOf(' ', 60);
        return line.substring(0, cut > 20 ? cut : 60) + " …";
    }
}
