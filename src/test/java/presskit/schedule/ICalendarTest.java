package presskit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalInt;
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

    private static final Instant STAMP = Instant.parse("2023-09-17T22:00:00Z");

    private static String calendar(String name, List<ScheduledPost> posts) {
        return ICalendar.of(
                new ICalendar.Settings(name, 2023, STAMP, OptionalInt.empty()),
                posts,
                PreviousCalendar.none());
    }

    private static ScheduledPost keyOne(String text) {
        return post("2023-09-18T06:00:00+02:00", "x", "national/x/key-1", text);
    }

    @Test
    void onePostIsOneEventInUtc() {
        ScheduledPost post = keyOne("Sju av tio tycker om tester.");

        String ics = calendar("Testrapporten 2023", List.of(post));

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
                                "UID:2023-national-x-key-1@presskit",
                                "SEQUENCE:0",
                                "DTSTAMP:20230917T220000Z",
                                "DTSTART:20230918T040000Z",
                                "DTEND:20230918T041500Z",
                                "SUMMARY:X: Huvudbudskap 1 – Sju av tio tycker om tester.",
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

        String ics = calendar("Plan", List.of(keyOne(value)));

        assertThat(ics).contains("\r\nDESCRIPTION:" + escaped + "\r\n");
    }

    @Test
    void aThreadIsOneEventWithItsPartsNumberedAndEventsFollowTheGivenOrder() {
        String ics =
                calendar(
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
                        "SUMMARY:Mastodon: Huvudbudskap 1 – Del ett 1/2\r\n"
                                + "DESCRIPTION:Del 1 av 2\\nDel ett 1/2\\n\\nDel 2 av 2\\nDel två 2/2\r\n");
        assertThat(ics).contains("DTSTART:20231201T110000Z\r\nDTEND:20231201T111500Z\r\n");
        assertThat(ics.indexOf("Del ett")).isLessThan(ics.indexOf("Inlägg"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutCuttingALetter() {
        String text =
                "Åtta av tio socialchefer har svårt att rekrytera socialsekreterare – "
                        + "och läget förvärras år för år i hela landet. "
                        + "Läs Socialchefsrapporten 2023 på https://www.vision.se/";

        String ics = calendar("Plan", List.of(keyOne(text)));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(ics.replace("\r\n ", "")).contains("\r\nDESCRIPTION:" + text + "\r\n");
    }

    @Test
    void aLongOpeningIsCutAfterAWholeWordAndMarkedWithASpacedEllipsis() {
        String text =
                "71 procent av testpersonerna säger att testerna inte räcker till, och fler vill"
                        + " ha mer.";

        String summary = ICalendar.summary(keyOne(text));

        assertThat(summary)
                .isEqualTo("X: Huvudbudskap 1 – 71 procent av testpersonerna säger att testerna …");
        assertThat(ICalendar.opening("Testerna räcker inte hela vägen fram till målet, och fler"))
                .as("a comma before the cut is left out")
                .isEqualTo("Testerna räcker inte hela vägen fram till målet …");
    }

    @Test
    void aShortFirstLineOrAShortFirstSentenceIsTheOpeningWhole() {
        assertThat(ICalendar.opening("Kort, och  klart.\n\n#tagg\nhttps://example.org/"))
                .isEqualTo("Kort, och klart.");
        assertThat(
                        ICalendar.opening(
                                "Sju av tio testpersoner tycker om tester. Läs mer i rapporten,"
                                        + " som kom i dag."))
                .isEqualTo("Sju av tio testpersoner tycker om tester.");
    }

    @Test
    void theLongPostAndTheShortMessagesAreNamedAsThePageNamesThem() {
        ScheduledPost longPost =
                post("2023-09-18T12:00:00+02:00", "linkedin", "national/linkedin/post", "Text");
        ScheduledPost shortTwo =
                post("2023-09-18T12:00:00+02:00", "bluesky", "national/bluesky/short-2", "Text");

        assertThat(ICalendar.summary(longPost))
                .isEqualTo("LinkedIn: Långt inlägg med siffrorna – Text");
        assertThat(ICalendar.summary(shortTwo)).isEqualTo("Bluesky: Kort budskap 2 – Text");
    }

    @Test
    void aMovedPostKeepsItsUidAndGoesUpOneSequenceWhileAnUnchangedOneStays() {
        ScheduledPost first = keyOne("Sju av tio tycker om tester.");
        ScheduledPost other =
                post("2023-09-18T09:00:00+02:00", "x", "national/x/key-2", "Andra budskapet.");
        String before = calendar("Plan", List.of(first, other));
        ScheduledPost moved =
                post("2023-09-18T07:00:00+02:00", "x", "national/x/key-1", first.parts().get(0));

        String after =
                ICalendar.of(
                        new ICalendar.Settings("Plan", 2023, STAMP, OptionalInt.empty()),
                        List.of(moved, other),
                        PreviousCalendar.read(before));
        String again =
                ICalendar.of(
                        new ICalendar.Settings("Plan", 2023, STAMP, OptionalInt.empty()),
                        List.of(moved, other),
                        PreviousCalendar.read(after));

        assertThat(after)
                .contains(
                        "UID:2023-national-x-key-1@presskit\r\nSEQUENCE:1\r\n",
                        "DTSTART:20230918T050000Z",
                        "UID:2023-national-x-key-2@presskit\r\nSEQUENCE:0\r\n");
        assertThat(again).isEqualTo(after);
    }

    @Test
    void aPostPlannedTwiceIsTwoEventsWithTwoUids() {
        String ics =
                calendar(
                        "Plan",
                        List.of(
                                keyOne("Text"),
                                post(
                                        "2023-09-19T06:00:00+02:00",
                                        "x",
                                        "national/x/key-1",
                                        "Text")));

        assertThat(ics)
                .contains(
                        "UID:2023-national-x-key-1@presskit\r\n",
                        "UID:2023-national-x-key-1-2@presskit\r\n");
    }

    @Test
    void aReminderIsADisplayAlarmTheGivenMinutesBefore() {
        String ics =
                ICalendar.of(
                        new ICalendar.Settings("Plan", 2023, STAMP, OptionalInt.of(10)),
                        List.of(keyOne("Text")),
                        PreviousCalendar.none());

        assertThat(ics)
                .contains(
                        "DESCRIPTION:Text\r\n"
                                + "BEGIN:VALARM\r\n"
                                + "ACTION:DISPLAY\r\n"
                                + "DESCRIPTION:X: Huvudbudskap 1 – Text\r\n"
                                + "TRIGGER:-PT10M\r\n"
                                + "END:VALARM\r\n"
                                + "END:VEVENT\r\n");
    }
}
