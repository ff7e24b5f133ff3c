package presskit.schedule;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import presskit.model.Sweden;

/**
 * The plan as a Hootsuite bulk-composer file: one row per post, three columns — date and time (day
 * first, 24-hour clock, Stockholm time), the message, and an optional link (left empty: the link is
 * in the message). No header row. A thread's parts become consecutive rows five minutes apart,
 * since the bulk composer posts each row on its own rather than as replies.
 */
public final class HootsuiteCsv {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    private HootsuiteCsv() {}

    public static String of(List<ScheduledPost> posts) {
        StringBuilder csv = new StringBuilder();
        for (ScheduledPost post : posts) {
            for (int i = 0; i < post.parts().size(); i++) {
                var at = post.at().plusMinutes(5L * i).atZoneSameInstant(Sweden.TIME_ZONE);
                csv.append(quote(WHEN.format(at)))
                        .append(',')
                        .append(quote(post.parts().get(i)))
                        .append(',')
                        .append(quote(""))
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    /** RFC 4180 quoting: every field in double quotes, inner quotes doubled. */
    static String quote(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
