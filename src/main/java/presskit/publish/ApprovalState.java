package presskit.publish;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import presskit.model.Approval;

/**
 * Whether a post's current text is approved: every part as approved, never approved, or approved
 * once and changed since (and which parts).
 *
 * @param approval the approval on record; empty when the post was never approved
 * @param changedParts the 1-based parts whose text differs from what was approved; empty when it is
 *     approved as it stands
 */
public record ApprovalState(Optional<Approval> approval, List<Integer> changedParts) {

    /** The state of a post nobody approved. */
    public static final ApprovalState PENDING = new ApprovalState(Optional.empty(), List.of());

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    public ApprovalState {
        changedParts = List.copyOf(changedParts);
    }

    /** The state of {@code texts} against {@code approval}. */
    public static ApprovalState of(Approval approval, List<String> texts) {
        return new ApprovalState(Optional.of(approval), approval.changedParts(texts));
    }

    /** Whether every part's current text is the one approved. */
    public boolean approved() {
        return approval.isPresent() && changedParts.isEmpty();
    }

    /** {@code approved}, {@code pending} or {@code changed}, as {@code approve --list} shows it. */
    public String key() {
        return approved() ? "approved" : approval.isEmpty() ? "pending" : "changed";
    }

    /**
     * For people: "approved by Anna Berg on 2023-09-14 09:30 UTC", "not approved", "changed since
     * approved by Anna Berg on 2023-09-14 09:30 UTC: part 2".
     */
    public String describe() {
        if (approval.isEmpty()) {
            return "not approved";
        }
        if (changedParts.isEmpty()) {
            return "approved " + byWhomWhen();
        }
        return "changed since approved " + byWhomWhen() + ": " + parts();
    }

    /** "by Anna Berg on 2023-09-14 09:30 UTC"; empty when never approved. */
    public String byWhomWhen() {
        return approval.map(a -> "by " + a.by() + " on " + DAY.format(a.at())).orElse("");
    }

    /** "part 2", "parts 1, 3": the parts changed since approved; empty when none. */
    public String parts() {
        if (changedParts.isEmpty()) {
            return "";
        }
        return (changedParts.size() == 1 ? "part " : "parts ")
                + changedParts.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
