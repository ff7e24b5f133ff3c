package presskit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import presskit.publish.ApprovalState;
import presskit.publish.PlannedPost;

/**
 * {@code approve --list}: one line per post or thread with its approval state and what it rests on,
 * then the count of each state.
 */
final class ApprovalTable {

    private ApprovalTable() {}

    /** "by Anna Berg on …", "part 2 changed since approved by Anna Berg on …", or nothing. */
    private static String details(ApprovalState state) {
        if (state.approval().isEmpty()) {
            return "";
        }
        return state.approved()
                ? state.byWhomWhen()
                : state.parts() + " changed since approved " + state.byWhomWhen();
    }

    static void print(List<PlannedPost> posts, PrintWriter out) {
        int width = posts.stream().mapToInt(p -> p.outputId().length()).max().orElse(0);
        int approved = 0;
        int changed = 0;
        for (PlannedPost post : posts) {
            ApprovalState state = post.approval();
            out.println(
                    String.format(
                                    Locale.ROOT,
                                    "%-" + width + "s  %-8s  %s",
                                    post.outputId(),
                                    state.key(),
                                    details(state))
                            .stripTrailing());
            approved += state.approved() ? 1 : 0;
            changed += state.approval().isPresent() && !state.approved() ? 1 : 0;
        }
        out.println();
        out.println(
                approved
                        + " approved, "
                        + changed
                        + " changed since approved, "
                        + (posts.size() - approved - changed)
                        + " pending.");
        out.flush();
    }
}
