package presskit.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import presskit.channel.BulkScheduler;

/**
 * Buffer's bulk-upload file: its exact header, the text, empty image and tags, the time as {@code
 * yyyy-MM-dd HH:mm} in Swedish time; and the files of a plan: one per network the scheduler posts
 * to, rows in order of time.
 */
class BufferCsvTest {

    private static ScheduledPost post(String at, String channel, String... parts) {
        return new ScheduledPost(
                OffsetDateTime.parse(at),
                channel,
                "national/" + channel + "/key-1",
                List.of(parts));
    }

    @Test
    void theHeaderThenOneRowPerPostInSwedishTime() {
        assertThat(
                        BufferCsv.of(
                                List.of(
                                        post(
                                                "2023-12-01T08:00:00Z",
                                                "x",
                                                "Hon sa \"nej\", 1/2",
                                                "2/2"))))
                .isEqualTo(
                        "Text,Image URL,Tags,Posting Time\r\n"
                                + "\"Hon sa \"\"nej\"\", 1/2\",\"\",\"\",\"2023-12-01 09:00\"\r\n");
    }

    @Test
    void hootsuiteGetsNoMastodonOrBlueskyFileAndRowsAreSortedPerNetwork() {
        List<ScheduledPost> plan =
                List.of(
                        post("2023-09-18T12:00:00+02:00", "x", "Sent"),
                        post("2023-09-18T06:00:00+02:00", "mastodon", "Tidigt"),
                        post("2023-09-18T06:00:00+02:00", "x", "Tidigt"),
                        post("2023-09-18T07:00:00+02:00", "bluesky", "Sju"));

        List<ScheduleFile> hootsuite = ScheduleFiles.of(BulkScheduler.HOOTSUITE, plan);
        List<ScheduleFile> buffer = ScheduleFiles.of(BulkScheduler.BUFFER, plan);

        assertThat(hootsuite)
                .extracting(ScheduleFile::path)
                .containsExactly("schedule/hootsuite-x.csv");
        assertThat(hootsuite.get(0).content())
                .isEqualTo(
                        "\"18/09/2023 06:00\",\"Tidigt\",\"\"\r\n"
                                + "\"18/09/2023 12:00\",\"Sent\",\"\"\r\n");
        assertThat(ScheduleFiles.leftOut(BulkScheduler.HOOTSUITE, plan))
                .extracting(ScheduledPost::channel)
                .containsExactly("mastodon", "bluesky");
        assertThat(buffer)
                .extracting(ScheduleFile::name, ScheduleFile::rows)
                .containsExactly(
                        tuple("buffer-x.csv", 2),
                        tuple("buffer-bluesky.csv", 1),
                        tuple("buffer-mastodon.csv", 1));
    }
}
