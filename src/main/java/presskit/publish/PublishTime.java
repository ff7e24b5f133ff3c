package presskit.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import presskit.model.Sweden;

/**
 * Shows instants and waits to the user the same way everywhere, in the campaign's own time zone.
 */
public final class PublishTime {

    /** Embargoes and launch plans are set in Swedish time, whatever the machine's zone. */
    public static final ZoneId ZONE = Sweden.TIME_ZONE;

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private PublishTime() {}

    /** {@code 2023-09-18 06:00 Europe/Stockholm}, with seconds only when they are not zero. */
    public static String show(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local)
                + " "
                + ZONE;
    }

    /** {@code 2 s}, {@code 15 min}, {@code 1 h 5 min}: short and exact enough for a wait. */
    public static String show(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds < 120) {
            return seconds + " s";
        }
        long minutes = (seconds + 59) / 60;
        return minutes < 60
                ? minutes + " min"
                : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
