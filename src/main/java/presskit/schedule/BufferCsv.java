package presskit.schedule;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import presskit.model.Sweden;

/**
 * One channel's posts as Buffer's bulk-upload file: the header {@code Text,Image URL,Tags,Posting
 * Time} (Buffer reads it case-sensitively), then one row per post with the text, no image, no tags,
 * and the time as {@code yyyy-MM-dd HH:mm} on a 24-hour clock in Stockholm time (the channel's time
 * zone in Buffer should be Europe/Stockholm). The import has no threads, so a thread is its first
 * part only, as in {@link HootsuiteCsv}.
 */
public final class BufferCsv {

    /** The header Buffer requires, exactly. */
    public static final String HEADER = "Text,Image URL,Tags,Posting Time";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private BufferCsv() {}

    public static String of(List<ScheduledPost> posts) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ScheduledPost post : posts) {
            var at = post.at().atZoneSameInstant(Sweden.TIME_ZONE);
            csv.append(HootsuiteCsv.quote(post.parts().get(0)))
                    .append(",\"\",\"\",")
                    .append(HootsuiteCsv.quote(WHEN.format(at)))
                    .append("\r\n");
        }
        return csv.toString();
    }
}
