package presskit.load;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of days and moments in the campaign files. The schema check's {@code date} and
 * {@code date-time} formats call it and the binder reads with it, so a value the check lets through
 * is a value the binder can read: {@code 2023-09-18} and {@code 2023-09-18T06:00:00+02:00}, nothing
 * looser (no space for the T, no leap second, no fraction, no year outside 2000–2099).
 */
final class Moments {

    /** How a day is written, for messages. */
    static final String DATE_FORM = "2023-09-18";

    /** How a moment is written, for messages. */
    static final String DATE_TIME_FORM = "2023-09-18T06:00:00+02:00";

    private static final Pattern DATE = Pattern.compile("20[0-9]{2}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_TIME =
            Pattern.compile(
                    "20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})");

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);

    private Moments() {}

    /** The day {@code text} names, or empty when it is not written as {@link #DATE_FORM}. */
    static Optional<LocalDate> date(String text) {
        if (!DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The moment {@code text} names, or empty when it is not written as {@link #DATE_TIME_FORM}.
     */
    static Optional<OffsetDateTime> dateTime(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, MOMENT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
