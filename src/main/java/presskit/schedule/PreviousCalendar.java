package presskit.schedule;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The events of the calendar exported last time, by UID: what an event's {@code SEQUENCE} carries
 * on from, so that a calendar which imported the old file takes a moved post as the same event,
 * changed. Read leniently: a file that is not a calendar has no events.
 */
public final class PreviousCalendar {

    /** An event as it was written: its sequence and the raw values that make it a revision. */
    record Event(int sequence, String start, String summary, String description) {}

    private static final PreviousCalendar NONE = new PreviousCalendar(Map.of());

    private final Map<String, Event> events;

    private PreviousCalendar(Map<String, Event> events) {
        this.events = Map.copyOf(events);
    }

    /** No previous calendar: every event starts at sequence 0. */
    public static PreviousCalendar none() {
        return NONE;
    }

    /** The events of an iCalendar text; lines unfolded as RFC 5545 §3.1 says. */
    public static PreviousCalendar read(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "");
        Map<String, Event> events = new HashMap<>();
        Map<String, String> event = null;
        boolean inAlarm = false;
        for (String line : unfolded.split("\r?\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new HashMap<>();
            } else if (line.equals("END:VEVENT") && event != null) {
                add(events, event);
                event = null;
            } else if (line.equals("BEGIN:VALARM")) {
                // An alarm's DESCRIPTION is not the event's.
                inAlarm = true;
            } else if (line.equals("END:VALARM")) {
                inAlarm = false;
            } else if (event != null && !inAlarm) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String name = line.substring(0, colon);
                    int semicolon = name.indexOf(';');
                    event.putIfAbsent(
                            semicolon < 0 ? name : name.substring(0, semicolon),
                            line.substring(colon + 1));
                }
            }
        }
        return new PreviousCalendar(events);
    }

    private static void add(Map<String, Event> events, Map<String, String> event) {
        String uid = event.get("UID");
        if (uid == null) {
            return;
        }
        int sequence;
        try {
            sequence = Integer.parseInt(event.getOrDefault("SEQUENCE", "0").trim());
        } catch (NumberFormatException e) {
            sequence = 0;
        }
        events.put(
                uid,
                new Event(
                        sequence,
                        event.getOrDefault("DTSTART", ""),
                        event.getOrDefault("SUMMARY", ""),
                        event.getOrDefault("DESCRIPTION", "")));
    }

    /** The event with this UID, as it was written last time. */
    Optional<Event> event(String uid) {
        return Optional.ofNullable(events.get(uid));
    }
}
