package presskit.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import presskit.kit.Posted;
import presskit.model.Approval;
import presskit.render.SwedishFormat;

/**
 * The page's mark on a post card: "Godkänd av Eva Lind 18 september 2023" when its text is the one
 * approved in the year's approvals file, "Ändrad efter godkännandet" when it changed since. A post
 * nobody approved gets no mark, so a kit without approvals shows none.
 */
final class ApprovalMarks {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final SwedishFormat SWEDISH = new SwedishFormat();

    private final Map<String, Approval> byId = new HashMap<>();

    ApprovalMarks(List<Approval> approvals) {
        approvals.forEach(a -> byId.put(a.outputId(), a));
    }

    /** Adds {@code approval} to the card's data of {@code post} when it has an approval. */
    void put(ObjectNode card, Posted post) {
        Approval approval = byId.get(post.id().toString());
        if (approval == null) {
            return;
        }
        ObjectNode mark = card.putObject("approval");
        if (approval.changedParts(post.texts()).isEmpty()) {
            mark.put("state", "approved")
                    .put(
                            "text",
                            "Godkänd av "
                                    + approval.by()
                                    + " "
                                    + SWEDISH.date(approval.at().atZone(STOCKHOLM).toLocalDate()));
        } else {
            mark.put("state", "changed").put("text", "Ändrad efter godkännandet");
        }
    }
}
