package presskit.publish;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import presskit.model.Approval;

/**
 * The approvals of a year by output id, as the approvals file holds them: what {@code publish
 * --live} checks every post against before sending anything.
 */
public final class Approvals {

    /** No approval at all: every post is pending. */
    public static final Approvals NONE = new Approvals(List.of());

    private final Map<String, Approval> byId;

    public Approvals(Collection<Approval> approvals) {
        this.byId =
                approvals.stream()
                        .collect(
                                Collectors.toUnmodifiableMap(
                                        Approval::outputId, Function.identity(), (a, b) -> b));
    }

    /** The state of {@code post}'s current texts, exactly the ones a run would send. */
    public ApprovalState stateOf(PlannedPost post) {
        Approval approval = byId.get(post.outputId());
        return approval == null ? ApprovalState.PENDING : ApprovalState.of(approval, post.texts());
    }

    /** Each post with its approval state. */
    public List<PlannedPost> mark(List<PlannedPost> posts) {
        return posts.stream().map(p -> p.withApproval(stateOf(p))).toList();
    }
}
