package presskit.schedule;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A post of the publishing plan, ready to schedule.
 *
 * @param at when to publish
 * @param channel the channel id
 * @param outputId the output's id in the kit
 * @param parts the text of each part as it is posted; more than one for a thread
 */
public record ScheduledPost(
        OffsetDateTime at, String channel, String outputId, List<String> parts) {

    public ScheduledPost {
        parts = List.copyOf(parts);
    }
}
