package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan as Hootsuite's and Buffer's CSV imports: one file per network the scheduler posts to
 * (each file's rows go to the one profile picked at upload), rows in order of time and within the
 * network's limit, a thread as its first part with a note naming the rest, and a plan that gives a
 * network two posts in one minute refused at its line.
 */
class SchedulerCsvTest {

    private static final Path PLAN_FIXTURE = Path.of("src/test/resources/fixtures/plan");

    /**
     * Test fixture: the plan fixture's invented year with an invented plan over four networks,
     * written out of order; key-2 is a thread on X.
     */
    private static final String FOUR_NETWORKS =
            """
            plan:
              - {at: "2023-09-18T12:00:00+02:00", channel: linkedin, post: post}
              - {at: "2023-09-18T09:30:00+02:00", channel: x, post: key-2}
              - {at: "2023-09-18T06:00:00+02:00", channel: x, post: key-1}
              - {at: "2023-09-18T06:00:00+02:00", channel: mastodon, post: key-1}
              - {at: "2023-09-19T08:15:00+02:00", channel: bluesky, post: short-2}
              - {at: "2023-09-18T07:00:00+02:00", channel: x, post: short-1}
            """;

    private static final DateTimeFormatter HOOTSUITE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter BUFFER_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @TempDir Path tmp;

    private Path messages(String plan) throws IOException {
        Path messages = Files.createDirectories(tmp.resolve("messages"));
        Files.copy(
                PLAN_FIXTURE.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(PLAN_FIXTURE.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(PLAN_FIXTURE.resolve("2023.yaml"));
        Files.writeString(
                messages.resolve("2023.yaml"), year.substring(0, year.indexOf("plan:")) + plan);
        return messages;
    }

    private Cli.Run export(Path messages, String scheduler, Path folder) throws IOException {
        Files.createDirectories(folder);
        return Cli.run(
                "export",
                "--schedule",
                scheduler,
                "--messages",
                messages.toString(),
                "--output",
                folder.toString());
    }

    private static List<String> files(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Each posted text of the kit (a post, or a thread's part) with its length and limit. */
    private static Map<String, int[]> postedTexts(Path kit) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(kit.resolve("manifest.json").toFile());
        Map<String, int[]> texts = new HashMap<>();
        for (JsonNode o : manifest.get("outputs")) {
            String kind = o.get("kind").asText();
            int limit = o.get("limit").asInt();
            if (kind.equals("post")) {
                texts.put(text(kit, o), new int[] {o.get("length").asInt(), limit});
            } else if (kind.equals("thread")) {
                for (JsonNode part : o.get("parts")) {
                    texts.put(text(kit, part), new int[] {part.get("length").asInt(), limit});
                }
            }
        }
        return texts;
    }

    private static String text(Path kit, JsonNode output) throws IOException {
        return Files.readString(kit.resolve(output.get("path").asText())).stripTrailing();
    }

    @Test
    void hootsuiteGetsOneFilePerNetworkItPostsToWithRowsSortedAndWithinTheLimit()
            throws IOException {
        Path messages = messages(FOUR_NETWORKS);
        Path folder = tmp.resolve("hootsuite");

        Cli.Run run = export(messages, "hootsuite", folder);

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(files(folder)).containsExactly("hootsuite-linkedin.csv", "hootsuite-x.csv");
        Path kit = tmp.resolve("out");
        assertThat(Cli.build(messages, kit).status()).isZero();
        Map<String, int[]> posted = postedTexts(kit.resolve("2023"));
        List<CSVRecord> x = CSVFormat.RFC4180.parse(read(folder, "hootsuite-x.csv")).getRecords();
        List<CSVRecord> linkedin =
                CSVFormat.RFC4180.parse(read(folder, "hootsuite-linkedin.csv")).getRecords();
        assertThat(x)
                .extracting(r -> r.get(0))
                .containsExactly("18/09/2023 06:00", "18/09/2023 07:00", "18/09/2023 09:30");
        assertThat(linkedin).extracting(r -> r.get(0)).containsExactly("18/09/2023 12:00");
        for (List<CSVRecord> rows : List.of(x, linkedin)) {
            assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(3));
            assertThat(rows).allSatisfy(r -> assertThat(r.get(2)).isEmpty());
            assertThat(rows)
                    .extracting(r -> LocalDateTime.parse(r.get(0), HOOTSUITE_TIME))
                    .isSorted();
            assertThat(rows)
                    .allSatisfy(
                            r -> {
                                assertThat(posted).containsKey(r.get(1));
                                int[] lengthAndLimit = posted.get(r.get(1));
                                assertThat(lengthAndLimit[0])
                                        .isLessThanOrEqualTo(lengthAndLimit[1]);
                            });
        }
        assertThat(x.get(2).get(1))
                .as("a thread's first part only")
                .isEqualTo(Files.readString(kit.resolve("2023/national/x/key-2-1.txt")).strip());
        assertThat(run.out())
                .contains(
                        "Wrote 2 files for Hootsuite, one per network; upload each to that"
                                + " network's profile:\n",
                        "  " + folder.resolve("hootsuite-x.csv") + ": 3 posts\n",
                        "  " + folder.resolve("hootsuite-linkedin.csv") + ": 1 post\n",
                        "Left out: 2 posts for networks Hootsuite does not post to"
                                + " (national/mastodon/key-1, national/bluesky/short-2); post them"
                                + " another way (--schedule buffer writes them for Buffer).\n",
                        "Thread national/x/key-2: only part 1 of 2 is in hootsuite-x.csv;"
                                + " Hootsuite cannot post replies, so post part 2"
                                + " (national/x/key-2-2.txt) as a reply to it by hand once it is"
                                + " out.\n");
        assertThat(Files.readString(kit.resolve("2023/schedule/hootsuite-x.csv")))
                .as("the kit's file is the export's")
                .isEqualTo(Files.readString(folder.resolve("hootsuite-x.csv")));
    }

    @Test
    void bufferGetsOneFilePerChannelWithItsHeaderAndTimes() throws IOException {
        Path messages = messages(FOUR_NETWORKS);
        Path folder = tmp.resolve("buffer");

        Cli.Run run = export(messages, "buffer", folder);

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(files(folder))
                .containsExactly(
                        "buffer-bluesky.csv",
                        "buffer-linkedin.csv",
                        "buffer-mastodon.csv",
                        "buffer-x.csv");
        Path kit = tmp.resolve("out");
        assertThat(Cli.build(messages, kit).status()).isZero();
        Map<String, int[]> posted = postedTexts(kit.resolve("2023"));
        CSVFormat withHeader = CSVFormat.RFC4180.builder().setHeader().get();
        int total = 0;
        for (String name : files(folder)) {
            var parser = withHeader.parse(read(folder, name));
            assertThat(parser.getHeaderNames())
                    .containsExactly("Text", "Image URL", "Tags", "Posting Time");
            List<CSVRecord> rows = parser.getRecords();
            total += rows.size();
            assertThat(rows)
                    .extracting(r -> LocalDateTime.parse(r.get("Posting Time"), BUFFER_TIME))
                    .isSorted();
            assertThat(rows)
                    .allSatisfy(
                            r -> {
                                int[] lengthAndLimit = posted.get(r.get("Text"));
                                assertThat(lengthAndLimit).as(r.get("Text")).isNotNull();
                                assertThat(lengthAndLimit[0])
                                        .isLessThanOrEqualTo(lengthAndLimit[1]);
                                assertThat(r.get("Image URL")).isEmpty();
                                assertThat(r.get("Tags")).isEmpty();
                            });
            assertThat(run.out())
                    .contains("  " + folder.resolve(name) + ": " + rows.size() + " post");
        }
        assertThat(total).isEqualTo(6);
        List<CSVRecord> x = withHeader.parse(read(folder, "buffer-x.csv")).getRecords();
        assertThat(x)
                .extracting(r -> r.get("Posting Time"))
                .containsExactly("2023-09-18 06:00", "2023-09-18 07:00", "2023-09-18 09:30");
        assertThat(run.out())
                .doesNotContain("Left out")
                .contains(
                        "Thread national/x/key-2: only part 1 of 2 is in buffer-x.csv; Buffer cannot"
                                + " post replies, so post part 2 (national/x/key-2-2.txt)");
    }

    @Test
    void twoXPostsInOneMinuteAreRefusedAtTheSecondsLine() throws IOException {
        Path messages =
                messages(
                        """
                        plan:
                          - {at: "2023-09-18T06:00:00+02:00", channel: x, post: key-1}
                          - {at: "2023-09-18T06:00:00+02:00", channel: mastodon, post: key-1}
                          - {at: "2023-09-18T04:00:00Z", channel: x, post: short-1}
                        """);
        Path year = messages.resolve("2023.yaml");
        int line =
                (int)
                                Files.readString(year)
                                        .lines()
                                        .takeWhile(l -> !l.contains("04:00:00Z"))
                                        .count()
                        + 1;
        String expected =
                year
                        + ":"
                        + line
                        + ":10: error: 'plan[2].at': plan[0] already posts 'key-1' to x in the minute of"
                        + " 2023-09-18T04:00Z;"
                        + " a network takes one post a minute: move this one to another"
                        + " five-minute mark, e.g. 2023-09-18T04:05Z";

        for (String scheduler : List.of("hootsuite", "buffer")) {
            Path folder = tmp.resolve(scheduler);
            Cli.Run run = export(messages, scheduler, folder);

            assertThat(run.status()).as(run.all()).isEqualTo(2);
            assertThat(run.err()).contains(expected);
            assertThat(files(folder)).as("nothing written").isEmpty();
        }
        Cli.Run validate = Cli.run("validate", "--messages", messages.toString());
        assertThat(validate.status()).isNotZero();
        assertThat(validate.all()).contains("'plan[2].at': plan[0] already posts 'key-1' to x");
    }

    @Test
    void aPlannedPostOverItsNetworksLimitIsAnErrorNamingIt() throws IOException {
        Path messages = messages(FOUR_NETWORKS);
        // Test fixture: an invented LinkedIn limit below the long post's length.
        Files.writeString(messages.resolve("channels.yaml"), "linkedin:\n  limit: 200\n");
        Path folder = tmp.resolve("hootsuite");

        Cli.Run run = export(messages, "hootsuite", folder);

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err())
                .contains("'plan[0].post': the post national/linkedin/post is ")
                .contains("over its limit of 200, so no scheduler can post it");
        assertThat(files(folder)).isEmpty();
    }

    private static StringReader read(Path folder, String name) throws IOException {
        return new StringReader(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
    }
}
