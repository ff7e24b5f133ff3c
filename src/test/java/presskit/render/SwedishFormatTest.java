package presskit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates, times and numbers as a Swedish press release writes them (Språkrådet's rules): "18
 * september 2023", "kl. 06.00" in Swedish time, "207 000" with a no-break space (shown here as
 * "_"), whatever the machine's locale and time zone.
 */
class SwedishFormatTest {

    private final SwedishFormat fmt = new SwedishFormat();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2023-09-18, 18 september 2023",
        "2023-01-01, 1 januari 2023",
        "2024-02-29, 29 februari 2024",
        "2023-05-03, 3 maj 2023",
        "2023-08-31, 31 augusti 2023",
        "2023-12-31, 31 december 2023",
    })
    void aDateHasItsDayWithoutZeroAndTheMonthInLowerCase(LocalDate date, String expected) {
        assertThat(fmt.date(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2023-09-18T06:00:00+02:00, 18 september 2023 kl. 06.00",
        "2023-09-18T04:00:00Z, 18 september 2023 kl. 06.00",
        "2023-09-17T22:30:00Z, 18 september 2023 kl. 00.30",
        "2023-12-01T12:30:00Z, 1 december 2023 kl. 13.30",
        "2023-03-26T00:59:00Z, 26 mars 2023 kl. 01.59",
        "2023-03-26T01:00:00Z, 26 mars 2023 kl. 03.00",
        "2023-10-29T00:30:00Z, 29 oktober 2023 kl. 02.30",
        "2023-10-29T01:30:00Z, 29 oktober 2023 kl. 02.30",
        "2023-09-18T09:15:00-04:00, 18 september 2023 kl. 15.15",
    })
    void aMomentIsShownInSwedishTimeWithAFullStopInTheClock(
            OffsetDateTime moment, String expected) {
        assertThat(fmt.dateTime(moment)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}–{1} → {2}")
    @CsvSource({
        "2023-05-15, 2023-06-28, 15_maj_– 28_juni_2023",
        "2023-06-15, 2023-06-28, 15–28_juni_2023",
        "2022-12-01, 2023-01-31, 1_december_2022_– 31_januari_2023",
        "2023-05-02, 2024-05-30, 2_maj_2023_– 30_maj_2024",
    })
    void aPeriodSpacesItsDashOnlyWhenTheDatesHoldSpacesAndNeverBreaksInsideADate(
            LocalDate from, LocalDate to, String expected) {
        assertThat(fmt.period(from, to).replace('\u00A0', '_')).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "076 130 89 97, Mobil, 076-130_89_97",
        "08 789 63 42, Tel, 08-789_63_42",
        "08-465 004 20, Tel, 08-465_004_20",
        "070-1740650, Mobil, 070-174_06_50",
        "0761308997, Mobil, 076-130_89_97",
        "087896342, Tel, 08-789_63_42",
        "+46 76 130 89 97, Mobil, +46_76_130_89_97",
    })
    void aPhoneNumberJoinsItsAreaCodeWithAHyphenAndSaysWhetherItIsAMobile(
            String written, String label, String expected) {
        assertThat(fmt.phoneLabel(written)).isEqualTo(label);
        assertThat(fmt.phone(written).replace('\u00A0', '_')).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0, 0",
        "7, 7",
        "999, 999",
        "1000, 1_000",
        "9999, 9_999",
        "207000, 207_000",
        "1234567, 1_234_567",
        "-1500, −1_500",
    })
    void aNumberIsGroupedByThreeWithNoBreakSpaces(long value, String expected) {
        assertThat(fmt.number(value)).isEqualTo(expected.replace('_', '\u00A0'));
    }
}
