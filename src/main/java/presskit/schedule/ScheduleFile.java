package presskit.schedule;

import java.util.List;
import java.util.Locale;
import presskit.channel.BulkScheduler;
import presskit.channel.Network;

/**
 * A scheduler's import file for one network: its path in the kit ({@code
 * schedule/hootsuite-x.csv}), the posts it holds in order of time, one row each, and the file's
 * text.
 *
 * @param scheduler the scheduler that imports it
 * @param network the network its rows go to
 * @param posts the posts, one row each, in order of time
 * @param content the file's text
 */
public record ScheduleFile(
        BulkScheduler scheduler, Network network, List<ScheduledPost> posts, String content) {

    public ScheduleFile {
        posts = List.copyOf(posts);
    }

    /** The file's name, the same in the kit's {@code schedule/} folder and for {@code export}. */
    public String name() {
        return scheduler.name().toLowerCase(Locale.ROOT) + "-" + network.id() + ".csv";
    }

    /** The file's path in the kit. */
    public String path() {
        return "schedule/" + name();
    }

    /** The number of rows, one per post. */
    public int rows() {
        return posts.size();
    }

    /** The threads in the file: only their first part is a row; the rest go out as replies. */
    public List<ScheduledPost> threads() {
        return posts.stream().filter(p -> p.parts().size() > 1).toList();
    }
}
