package presskit.schedule;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import presskit.export.ContentLines;

/**
 * The plan as an iCalendar file (RFC 5545) for the team's calendars: one event per post, in UTC so
 * every calendar shows it at the right local time, with the post's text as the description.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private ICalendar() {}

    public static String of(String calendarName, List<ScheduledPost> posts) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//presskit//publishing plan//SV");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        for (ScheduledPost post : posts) {
            String start = UTC.format(post.at().withOffsetSameInstant(ZoneOffset.UTC));
            String end =
                    UTC.format(post.at().plusMinutes(15).withOffsetSameInstant(ZoneOffset.UTC));
            line(ics, "BEGIN:VEVENT");
            line(
                    ics,
                    "UID:"
                            + post.outputId().replace('/', '-')
                            + "-"
                            + post.channel()
                            + "-"
                            + start
                            + "@presskit");
            // The stamp is the event's own time, not the build's, so the same plan gives the same
            // file.
            line(ics, "DTSTAMP:" + start);
            line(ics, "DTSTART:" + start);
            line(ics, "DTEND:" + end);
            line(
                    ics,
                    "SUMMARY:"
                            + text(Schedules.channelName(post.channel()) + ": " + post.outputId()));
            line(ics, "DESCRIPTION:" + text(String.join("\n\n", post.parts())));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 TEXT escaping. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    private static void line(StringBuilder out, String content) {
        ContentLines.append(out, content);
    }
}
