package presskit.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hootsuite's bulk composer file: no header, one row per post with the time (day first, 24-hour
 * clock, Swedish time), the message and an empty link column, every field quoted as RFC 4180 says,
 * CRLF line ends; a thread as its first part.
 */
class HootsuiteCsvTest {

    private static ScheduledPost post(String at, String... parts) {
        return new ScheduledPost(OffsetDateTime.parse(at), "x", "national/x/key-1", List.of(parts));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2023-09-18T06:00:00+02:00, 18/09/2023 06:00",
        "2023-09-18T04:00:00Z, 18/09/2023 06:00",
        "2023-12-01T08:00:00Z, 01/12/2023 09:00",
        "2023-09-17T22:30:00Z, 18/09/2023 00:30",
        "2023-03-26T01:05:00Z, 26/03/2023 03:05",
    })
    void theTimeIsSwedishDayFirstOnA24HourClock(String at, String expected) {
        assertThat(HootsuiteCsv.of(List.of(post(at, "Hej"))))
                .isEqualTo("\"" + expected + "\",\"Hej\",\"\"\r\n");
    }

    @Test
    void quotesInAMessageAreDoubledAndCommasAndLineBreaksStayInsideTheField() {
        String csv =
                HootsuiteCsv.of(
                        List.of(
                                post(
                                        "2023-09-18T06:00:00+02:00",
                                        "Hon sa \"nej\", och gick.\nLäs mer: https://www.vision.se/")));

        assertThat(csv)
                .isEqualTo(
                        "\"18/09/2023 06:00\",\"Hon sa \"\"nej\"\", och gick.\n"
                                + "Läs mer: https://www.vision.se/\",\"\"\r\n");
    }

    @Test
    void aThreadIsItsFirstPartOnlySinceTheBulkComposerCannotPostReplies() {
        String csv =
                HootsuiteCsv.of(
                        List.of(
                                post("2023-09-18T09:55:00+02:00", "Ett 1/3", "Två 2/3", "Tre 3/3"),
                                post("2023-09-18T12:00:00+02:00", "Nästa")));

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "\"18/09/2023 09:55\",\"Ett 1/3\",\"\"",
                        "\"18/09/2023 12:00\",\"Nästa\",\"\"");
    }

    @Test
    void noPostsGiveAnEmptyFile() {
        assertThat(HootsuiteCsv.of(List.of())).isEmpty();
    }
}
