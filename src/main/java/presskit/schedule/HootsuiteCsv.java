package presskit.schedule;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import presskit.model.Sweden;

/**
 * One network's posts as a Hootsuite bulk-composer file: one row per post, three columns — date and
 * time (day first, 24-hour clock, Stockholm time), the message, and an optional link (left empty:
 * the link is in the message). No header row. Hootsuite sends every row of a file to the profiles
 * picked at upload and cannot make a row a reply, so a file holds one network's posts and a thread
 * is its first part only (the rest is posted by hand as replies; see {@link ScheduleFile#threads}).
 */
public final class HootsuiteCsv {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    private HootsuiteCsv() {}

    public static String of(List<ScheduledPost> posts) {
        StringBuilder csv = new StringBuilder();
        for (ScheduledPost post : posts) {
            var at = post.at().atZoneSameInstant(Sweden.TIME_ZONE);
            csv.append(quote(WHEN.format(at)))
                    .append(',')
                    .append(quote(post.parts().get(0)))
                    .append(',')
                    .append(quote(""))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180 quoting: every field in double quotes, inner quotes doubled. */
    static String quote(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
