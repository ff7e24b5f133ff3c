package presskit.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.export.ContentLines;
import presskit.kit.PostLabels;

/**
 * The plan as an iCalendar file (RFC 5545) for the team's calendars: one event per post, in UTC so
 * every calendar shows it at the right local time, titled in words ("X: Huvudbudskap 3 – Sju av tio
 * …") with the post's text as the description.
 *
 * <p>An event's {@code UID} names the post, never its time, so a calendar that imports the file
 * again updates the event rather than adding a second one; its {@code SEQUENCE} carries on from the
 * {@link PreviousCalendar} and goes up by one when the post's time, title or text changed. The same
 * posts and the same previous calendar always give the same bytes.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    /** How many characters of a post's opening words a title shows at most. */
    private static final int OPENING = 50;

    /**
     * What the calendar says of itself and of every event.
     *
     * @param name the calendar's name ({@code X-WR-CALNAME}): the report's title
     * @param year the report year, part of every UID, so two years' plans never share an event
     * @param stamp every event's {@code DTSTAMP}: a time taken from the data (the caller's choice),
     *     not the clock, so exporting twice gives the same file
     * @param reminder minutes before each post for a reminder ({@code VALARM}), or none
     */
    public record Settings(String name, int year, Instant stamp, OptionalInt reminder) {

        public Settings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(reminder, "reminder");
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?= )");

    private ICalendar() {}

    /** The calendar of {@code posts}, in their order, carrying on from {@code previous}. */
    public static String of(
            Settings settings, List<ScheduledPost> posts, PreviousCalendar previous) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//presskit//publishing plan//SV");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(settings.name()));
        String stamp = UTC.format(settings.stamp().atOffset(ZoneOffset.UTC));
        Map<String, Integer> seen = new HashMap<>();
        for (ScheduledPost post : posts) {
            String start = utc(post.at());
            String summary = text(summary(post));
            String description = text(description(post.parts()));
            // A post planned twice is two events: the later one's UID is numbered.
            int occurrence = seen.merge(post.outputId(), 1, Integer::sum);
            String uid = uid(settings.year(), post.outputId(), occurrence);
            int sequence =
                    previous.event(uid)
                            .map(
                                    old ->
                                            old.start().equals(start)
                                                            && old.summary().equals(summary)
                                                            && old.description().equals(description)
                                                    ? old.sequence()
                                                    : old.sequence() + 1)
                            .orElse(0);
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + uid);
            line(ics, "SEQUENCE:" + sequence);
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + start);
            line(ics, "DTEND:" + utc(post.at().plusMinutes(15)));
            line(ics, "SUMMARY:" + summary);
            line(ics, "DESCRIPTION:" + description);
            if (settings.reminder().isPresent()) {
                line(ics, "BEGIN:VALARM");
                line(ics, "ACTION:DISPLAY");
                line(ics, "DESCRIPTION:" + summary);
                line(ics, "TRIGGER:-PT" + settings.reminder().getAsInt() + "M");
                line(ics, "END:VALARM");
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * The event's UID: the year and the post's id, {@code 2023-national-x-key-3@presskit}; the
     * second plan entry of the same post ends {@code -2}.
     */
    static String uid(int year, String outputId, int occurrence) {
        String post = outputId.replace('/', '-');
        return year + "-" + post + (occurrence > 1 ? "-" + occurrence : "") + "@presskit";
    }

    /** "X: Huvudbudskap 3 – Sju av tio testpersoner …": the network, the label, the opening. */
    static String summary(ScheduledPost post) {
        String name = post.outputId().substring(post.outputId().lastIndexOf('/') + 1);
        String title = Schedules.channelName(post.channel()) + ": " + PostLabels.of(name);
        String opening = opening(post.parts().isEmpty() ? "" : post.parts().get(0));
        return opening.isEmpty() ? title : title + " – " + opening;
    }

    /**
     * The first words of the text's first line (a post's headline or first paragraph, without the
     * hashtags and links below it), at most {@link #OPENING} characters: the line or its first
     * sentence where they fit, else cut after a whole word and marked with a spaced ellipsis, as
     * Swedish marks words left out.
     */
    static String opening(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        String flat = first.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= OPENING) {
            return flat;
        }
        Matcher sentence = SENTENCE_END.matcher(flat);
        if (sentence.find() && flat.codePointCount(0, sentence.end()) <= OPENING) {
            return flat.substring(0, sentence.end());
        }
        int end = flat.offsetByCodePoints(0, OPENING);
        int space = flat.lastIndexOf(' ', end);
        String cut = space > 0 ? flat.substring(0, space) : flat.substring(0, end);
        // A cut after "tio," or before a dash reads better without the dangling sign.
        cut = cut.replaceAll("[\\s,;:–—-]+$", "");
        return cut + (space > 0 ? " …" : "…");
    }

    /** One post's text; a thread's parts in order, each headed "Del 1 av 2". */
    static String description(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append("Del ").append(i + 1).append(" av ").append(parts.size()).append('\n');
            text.append(parts.get(i));
        }
        return text.toString();
    }

    private static String utc(OffsetDateTime at) {
        return UTC.format(at.withOffsetSameInstant(ZoneOffset.UTC));
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
