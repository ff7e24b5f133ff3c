package presskit.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import presskit.channel.Network;
import presskit.kit.Kit;
import presskit.kit.Posted;
import presskit.model.PlanEntry;
import presskit.variant.VariantKind;

/** Matches the year's publishing plan with the kit's national posts. */
public final class Schedules {

    private Schedules() {}

    /** The national post a plan entry names, if the kit has it. */
    public static Optional<Posted> output(PlanEntry entry, Kit kit) {
        return kit.posts().stream()
                .filter(p -> p.id().level() == VariantKind.NATIONAL)
                .filter(p -> p.network().equals(entry.channel()))
                .filter(p -> p.id().postName().equals(entry.post()))
                .findFirst();
    }

    /**
     * The plan's posts in order of time; entries without an output are left out (the caller reports
     * them).
     */
    public static List<ScheduledPost> of(List<PlanEntry> plan, Kit kit) {
        List<ScheduledPost> posts = new ArrayList<>();
        for (PlanEntry entry : plan) {
            output(entry, kit)
                    .ifPresent(
                            o ->
                                    posts.add(
                                            new ScheduledPost(
                                                    entry.at(),
                                                    entry.channel(),
                                                    o.id().toString(),
                                                    o.texts())));
        }
        posts.sort(Comparator.comparing(ScheduledPost::at).thenComparing(ScheduledPost::outputId));
        return posts;
    }

    /** The display name of the network with this id, or the id itself for an unknown network. */
    static String channelName(String id) {
        return Network.find(id).map(Network::name).orElse(id);
    }
}
