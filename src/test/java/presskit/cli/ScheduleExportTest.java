package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing plan as Hootsuite's bulk CSV and as iCalendar: row for row, in Stockholm time,
 * never early.
 */
class ScheduleExportTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    /** Test fixture: an invented plan and embargo. */
    private Path messagesWithPlan(String plan) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year =
                Files.readString(MINIMAL.resolve("2023.yaml"))
                        .replace(
                                "  published: 2023-09-18",
                                "  published: 2023-09-18\n  embargo: 2023-09-18T06:00:00+02:00")
                        .replace(
                                "    - Testa mera.",
                                "    - Testa mera.\n    - \"Citat \\\"så\\\", och komma.\"");
        Files.writeString(messages.resolve("2023.yaml"), year + plan);
        return messages;
    }

    private static final String PLAN =
            """
            plan:
              - {at: "2023-09-18T06:00:00+02:00", channel: x, post: key-1}
              - {at: "2023-09-18T09:30:00+02:00", channel: mastodon, post: short-2}
              - {at: "2023-09-18T12:00:00+02:00", channel: linkedin, post: post}
            """;

    @Test
    void hootsuiteCsvParsesAndMatchesThePlanRowForRow() throws IOException {
        Path messages = messagesWithPlan(PLAN);
        Path folder = Files.createDirectories(tmp.resolve("csv"));

        Cli.Run run =
                Cli.run(
                        "export",
                        "--schedule",
                        "hootsuite",
                        "--messages",
                        messages.toString(),
                        "--output",
                        folder.toString());

        assertThat(run.status()).as(run.all()).isZero();
        List<CSVRecord> x = records(folder.resolve("hootsuite-x.csv"));
        List<CSVRecord> linkedin = records(folder.resolve("hootsuite-linkedin.csv"));
        assertThat(x).extracting(r -> r.get(0)).containsExactly("18/09/2023 06:00");
        assertThat(linkedin).extracting(r -> r.get(0)).containsExactly("18/09/2023 12:00");
        assertThat(x.get(0).get(1)).startsWith("Sju av tio testpersoner tycker om tester.");
        assertThat(linkedin.get(0).get(1)).startsWith("Testrapporten 2023: Påhittad för tester");
        assertThat(x).allSatisfy(r -> assertThat(r.size()).isEqualTo(3));
        assertThat(folder.resolve("hootsuite-mastodon.csv"))
                .as("Hootsuite does not post to Mastodon")
                .doesNotExist();
        Path out = tmp.resolve("out");
        assertThat(
                        Cli.run("build", "--messages", messages.toString(), "--out", out.toString())
                                .status())
                .isZero();
        for (String name : List.of("hootsuite-x.csv", "hootsuite-linkedin.csv")) {
            assertThat(Files.readString(out.resolve("2023/schedule/" + name)))
                    .isEqualTo(Files.readString(folder.resolve(name)));
        }
        assertThat(records(out.resolve("2023/schedule/buffer-mastodon.csv")).get(1).get(0))
                .as("quotes and commas survive in Buffer's file")
                .startsWith("Citat \"så\", och komma.");
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(Files.readString(file))).getRecords();
    }

    @Test
    void theICalendarFileHasOneEventPerPostInUtcWithFoldedLines() throws IOException {
        Path messages = messagesWithPlan(PLAN);

        Cli.Run run = Cli.run("export", "--schedule", "ics", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        String ics = run.out();
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
        assertThat(ics)
                .contains(
                        "DTSTART:20230918T040000Z",
                        "DTSTART:20230918T073000Z",
                        "DTSTART:20230918T100000Z");
        assertThat(ics).contains("Citat \"så\"\\, och komma.");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(75);
        }
    }

    @Test
    void aPostScheduledBeforeTheEmbargoIsRefusedAtItsLine() throws IOException {
        Path messages =
                messagesWithPlan(
                        """
                plan:
                  - {at: "2023-09-18T05:55:00+02:00", channel: x, post: key-1}
                """);

        Cli.Run run =
                Cli.run("export", "--schedule", "hootsuite", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("2023.yaml:49:")
                .contains(
                        "'plan[0].at': scheduled for 2023-09-18T05:55+02:00, "
                                + "before the embargo lifts at 2023-09-18T06:00+02:00; nothing may be published before it");
    }

    @Test
    void aPlanNamingAPostThatDoesNotExistIsAnErrorAtItsLine() throws IOException {
        Path messages =
                messagesWithPlan(
                        """
                plan:
                  - {at: "2023-09-18T06:00:00+02:00", channel: x, post: key-7}
                  - {at: "2023-09-18T06:00:00+02:00", channel: linkedin, post: key-1}
                """);

        Cli.Run run = Cli.run("export", "--schedule", "ics", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("'plan[0].post': 'key-7' does not exist: the year has 1 key messages");
    }

    @Test
    void withoutAPlanExportSaysWhatToAdd() {
        Cli.Run run = Cli.run("export", "--schedule", "hootsuite");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "the year has no publishing plan; add a 'plan:' list to messages/2023.yaml");
    }
}
