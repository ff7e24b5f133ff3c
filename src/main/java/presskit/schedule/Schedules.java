package presskit.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import presskit.channel.Network;
import presskit.kit.Kit;
import presskit.kit.Output;
import presskit.model.PlanEntry;

/** Matches the year's publishing plan with the kit's national posts. */
public final class Schedules {

    private Schedules() {
    }

    /** The national output a plan entry names, if the kit has it. */
    public static Optional<Output> output(PlanEntry entry, Kit kit) {
        String id = "national/" + entry.channel() + "/" + entry.post();
        return kit.outputs().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The plan's posts in order of time; entries without an output are left out (the caller reports them). */
    public static List<ScheduledPost> of(List<PlanEntry> plan, Kit kit) {
        List<ScheduledPost> posts = new ArrayList<>();
        for (PlanEntry entry : plan) {
            output(entry, kit).ifPresent(o -> posts.add(
                    new ScheduledPost(entry.at(), entry.channel(), o.id(), o.postTexts())));
        }
        posts.sort(java.util.Comparator.comparing(ScheduledPost::at).thenComparing(ScheduledPost::outputId));
        return posts;
    }

    /** The display name of the network with this id, or the id itself for an unknown network. */
    static String channelName(String id) {
        return Network.find(id).map(Network::name).orElse(id);
    }
}
