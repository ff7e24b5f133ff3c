package presskit.load;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import presskit.model.CampaignYear;
import presskit.model.Sweden;

/**
 * A moment written with an offset from UTC says which clock its writer read. An offset that is not
 * Sweden's at that moment ({@code +02:00} in March, when Sweden is at {@code +01:00}) almost always
 * means a Swedish time written with last season's offset, and would publish an hour early or late:
 * it is an error that says the Swedish time it would mean. {@code Z} (UTC) is always a deliberate
 * choice and accepted.
 */
final class SwedishOffsets {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WRITTEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private SwedishOffsets() {}

    /**
     * Reports every embargo and plan time of {@code year} whose offset is neither Z nor Sweden's.
     */
    static void check(CampaignYear year, BiConsumer<String, String> error) {
        List<Moment> moments = new ArrayList<>();
        if (year.report().embargo() != null) {
            moments.add(new Moment("report.embargo", year.report().embargo()));
        }
        for (int i = 0; i < year.plan().size(); i++) {
            moments.add(new Moment("plan[" + i + "].at", year.plan().get(i).at()));
        }
        for (Moment m : moments) {
            ZoneOffset written = m.at().getOffset();
            ZoneOffset swedish = Sweden.TIME_ZONE.getRules().getOffset(m.at().toInstant());
            if (!written.equals(ZoneOffset.UTC) && !written.equals(swedish)) {
                error.accept(m.field(), message(m.at(), swedish));
            }
        }
    }

    private static String message(OffsetDateTime at, ZoneOffset swedish) {
        OffsetDateTime inSweden = at.withOffsetSameInstant(swedish);
        String season = swedish.getTotalSeconds() == 3600 ? "normal time" : "summer time";
        return "the offset "
                + at.getOffset()
                + " is not Sweden's on that day ("
                + swedish
                + ", "
                + season
                + "), so this means "
                + CLOCK.format(inSweden)
                + " Swedish time; for "
                + CLOCK.format(at)
                + " Swedish time write "
                + WRITTEN.format(at.toLocalDateTime().atOffset(swedish))
                + ", or end the time with Z to mean UTC";
    }

    private record Moment(String field, OffsetDateTime at) {}
}
