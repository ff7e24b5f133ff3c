package presskit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publishing plan as an RFC 5545 calendar: times in UTC, TEXT values escaped, lines folded at
 * 75 octets and ended with CRLF, the same plan always giving the same bytes.
 */
class ICalendarTest {

    private static ScheduledPost post(String at, String channel, String id, String... parts) {
        return new ScheduledPost(OffsetDateTime.parse(at), channel, id, List.of(parts));
    }

    private static ScheduledPost keyOne(String text) {
        return post("2023-09-18T06:00:00+02:00", "x", "national/x/key-1", text);
    }

    @Test
    void onePostIsOneEventInUtc() {
        ScheduledPost post = keyOne("Sju av tio tycker om tester.");

        String ics = ICalendar.of("Testrapporten 2023", List.of(post));

        assertThat(ics)
                .isEqualTo(
                        String.join(
                                "\r\n",
                                "BEGIN:VCALENDAR",
                                "VERSION:2.0",
                                "PRODID:-//presskit//publishing plan//SV",
                                "CALSCALE:GREGORIAN",
                                "X-WR-CALNAME:Testrapporten 2023",
                                "BEGIN:VEVENT",
                                "UID:national-x-key-1-x-20230918T040000Z@presskit",
                                "DTSTAMP:20230918T040000Z",
                                "DTSTART:20230918T040000Z",
                                "DTEND:20230918T041500Z",
                                "SUMMARY:X: national/x/key-1",
                                "DESCRIPTION:Sju av tio tycker om tester.",
                                "END:VEVENT",
                                "END:VCALENDAR",
                                ""));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '§',
            value = {
                "Komma, semikolon; klart§Komma\\, semikolon\\; klart",
                "C:\\mapp§C:\\\\mapp",
                "Rad ett\\nRad två§Rad ett\\nRad två",
                "Citat \"så\" och kolon: ja§Citat \"så\" och kolon: ja",
            })
    void textValuesAreEscaped(String text, String escaped) {
        String value = text.replace("\\n", "\n");

        String ics = ICalendar.of("Plan", List.of(keyOne(value)));

        assertThat(ics).contains("\r\nDESCRIPTION:" + escaped + "\r\n");
    }

    @Test
    void aThreadIsOneEventWithItsPartsAsParagraphsAndEventsFollowTheGivenOrder() {
        String ics =
                ICalendar.of(
                        "Plan",
                        List.of(
                                post(
                                        "2023-09-18T06:00:00+02:00",
                                        "mastodon",
                                        "national/mastodon/key-1",
                                        "Del ett 1/2",
                                        "Del två 2/2"),
                                post(
                                        "2023-12-01T12:00:00+01:00",
                                        "linkedin",
                                        "national/linkedin/post",
                                        "Inlägg")));

        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics)
                .contains(
                        "SUMMARY:Mastodon: national/mastodon/key-1\r\n"
                                + "DESCRIPTION:Del ett 1/2\\n\\nDel två 2/2\r\n");
        assertThat(ics).contains("DTSTART:20231201T110000Z\r\nDTEND:20231201T111500Z\r\n");
        assertThat(ics.indexOf("Del ett")).isLessThan(ics.indexOf("Inlägg"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutCuttingALetter() {
        String text =
                "Åtta av tio socialchefer har svårt att rekrytera socialsekreterare – "
                        + "och läget förvärras år för år i hela landet. "
                        + "Läs Socialchefsrapporten 2023 på https://www.vision.se/";

        String ics = ICalendar.of("Plan", List.of(keyOne(text)));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(ics.replace("\r\n ", "")).contains("\r\nDESCRIPTION:" + text + "\r\n");
    }
}
