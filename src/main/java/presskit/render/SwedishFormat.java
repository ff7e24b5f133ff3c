package presskit.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** An area code, its separator, then the number: "076 130 89 97", "08-789 63 42". */
    private static final Pattern WRITTEN_APART =
            Pattern.compile("(0\\d{1,3})[\\s\u00A0-]+(\\d[\\d\\s\u00A0]*)");

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

    /**
     * A period as Svenska skrivregler write it: "15–28 juni 2023" when both ends share month and
     * year, else "15 maj – 28 juni 2023" with a spaced en dash, since either side holds spaces. The
     * spaces inside each date, and the one before the dash, do not break, so that a line never ends
     * in "15" or starts with a dash.
     */
    public String period(LocalDate from, LocalDate to) {
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + unbroken(DAY.format(to));
        }
        String start = from.getYear() == to.getYear() ? DAY_NO_YEAR.format(from) : DAY.format(from);
        return unbroken(start) + NBSP + "– " + unbroken(DAY.format(to));
    }

    /**
     * A Swedish telephone number as a press release writes it: the area code joined by a hyphen,
     * the rest in groups separated by non-breaking spaces ("076-130 89 97", "08-789 63 42"). The
     * writer's own split between area code and number is kept; a number written in one run is split
     * after "08", else after three digits, and grouped in twos from the end. A number in
     * international form ("+46 …") is only kept from breaking.
     */
    public String phone(String number) {
        String written = number.strip();
        if (!written.replaceAll("[\\s\u00A0-]", "").matches("0\\d{6,11}")) {
            return unbroken(written);
        }
        Matcher apart = WRITTEN_APART.matcher(written);
        if (apart.matches()) {
            String tail = apart.group(2).replaceAll("[\\s\u00A0]+", " ");
            return apart.group(1) + "-" + unbroken(tail.contains(" ") ? tail : grouped(tail));
        }
        String digits = written.replaceAll("\\D", "");
        int split = digits.startsWith("08") ? 2 : 3;
        return digits.substring(0, split) + "-" + unbroken(grouped(digits.substring(split)));
    }

    /** "Mobil" for a Swedish mobile number (07…, +46 7…), else "Tel". */
    public String phoneLabel(String number) {
        String digits = number.replaceAll("[\\s\u00A0-]", "");
        return digits.startsWith("07") || digits.startsWith("+467") ? "Mobil" : "Tel";
    }

    /** "1308997" → "130 89 97": pairs from the end, a leading three when the count is odd. */
    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 2 == 0 ? 2 : 3;
        out.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += 2) {
            out.append(' ').append(digits, i, Math.min(i + 2, digits.length()));
        }
        return out.toString();
    }

    private static String unbroken(String text) {
        return text.replace(' ', NBSP);
    }

    /** "207 000": groups of three digits separated by a non-breaking space. */
    public String number(long value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparator(NBSP);
        symbols.setMinusSign('−');
        return new DecimalFormat("#,##0", symbols).format(value);
    }
}
