package presskit.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import presskit.kit.Kit;
import presskit.kit.Posted;
import presskit.model.PlanEntry;
import presskit.variant.VariantKind;

/** Matches the year's publishing plan with the kit's national posts. */
public final class Schedules {

    private static final Map<String, String> NAMES = Map.of("x", "X", "mastodon", "Mastodon", "bluesky", "Bluesky",
            "linkedin", "LinkedIn", "facebook", "Facebook");

    private Schedules() {
    }

    /** The national post a plan entry names, if the kit has it. */
    public static Optional<Posted> output(PlanEntry entry, Kit kit) {
        return kit.posts().stream()
                .filter(p -> p.id().level() == VariantKind.NATIONAL)
                .filter(p -> p.network().equals(entry.channel()))
                .filter(p -> p.id().postName().equals(entry.post()))
                .findFirst();
    }

    /** The plan's posts in order of time; entries without an output are left out (the caller reports them). */
    public static List<ScheduledPost> of(List<PlanEntry> plan, Kit kit) {
        List<ScheduledPost> posts = new ArrayList<>();
        for (PlanEntry entry : plan) {
            output(entry, kit).ifPresent(o -> posts.add(
                    new ScheduledPost(entry.at(), entry.channel(), o.id().toString(), o.texts())));
        }
        posts.sort(java.util.Comparator.comparing(ScheduledPost::at).thenComparing(ScheduledPost::outputId));
        return posts;
    }

    static String channelName(String id) {
        return NAMES.getOrDefault(id, id);
    }
}
