package presskit.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import presskit.model.Sweden;

/**
 * Dates, times and numbers as Swedish texts write them: "18 september 2023", "kl. 06.00", "207 000"
 * with a non-breaking space. Exposed to templates as {@code fmt} and wrapped by {@code lib/sv.ftl}.
 */
public final class SwedishFormat {

    /** Swedish, explicitly: never the machine's default locale. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Where the campaign's times are read and shown. */
    public static final ZoneId STOCKHOLM = Sweden.TIME_ZONE;

    private static final char NBSP = '\u00A0';

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter DAY_NO_YEAR =
            DateTimeFormatter.ofPattern("d MMMM", SWEDISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm", SWEDISH);

    /** "18 september 2023". */
    public String date(LocalDate date) {
        return DAY.format(date);
    }

    /** "18 september 2023 kl. 06.00", in Stockholm time. */
    public String dateTime(OffsetDateTime moment) {
        var local = moment.atZoneSameInstant(STOCKHOLM);
        return DAY.format(local) + " kl. " + CLOCK.format(local);
    }

    /** "15 maj–28 juni 2023", or with both years when they differ. */
    public String period(LocalDate from, LocalDate to) {
        String start = from.getYear() == to.getYear() ? DAY_NO_YEAR.format(from) : DAY.format(from);
        return start + "–" + DAY.format(to);
    }

    /** "207 000": groups of three digits separated by a non-breaking space. */
    public String number(long value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparator(NBSP);
        symbols.setMinusSign('−');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}
