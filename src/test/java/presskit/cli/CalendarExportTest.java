package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan as a calendar people read and re-import: events titled in words, one UID per post
 * whatever its time, the sequence going up when a post moves, and a file python-icalendar reads.
 */
class CalendarExportTest {

    private static final Path PLAN = Path.of("src/test/resources/fixtures/plan");
    private static final Pattern EVENT =
            Pattern.compile("BEGIN:VEVENT\r\n(.*?)END:VEVENT\r\n", Pattern.DOTALL);
    private static final Pattern UID = Pattern.compile("^UID:(.*)$", Pattern.MULTILINE);

    /** Debian's Python, which python3-icalendar is installed for. */
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir Path tmp;

    /** A copy of the plan fixture, to move its posts in. */
    private Path messages() throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        for (String file : List.of("organisation.yaml", "sweden.yaml", "2023.yaml")) {
            Files.copy(PLAN.resolve(file), messages.resolve(file));
        }
        return messages;
    }

    private static Cli.Run export(Path messages, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of("export", "--schedule", "ics", "--messages", messages.toString()));
        args.addAll(List.of(more));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.all()).isZero();
        return run;
    }

    /** The events by UID, each as its unfolded lines. */
    private static Map<String, String> events(String ics) {
        Map<String, String> events = new LinkedHashMap<>();
        Matcher event = EVENT.matcher(ics.replace("\r\n ", ""));
        while (event.find()) {
            Matcher uid = UID.matcher(event.group(1).replace("\r\n", "\n"));
            assertThat(uid.find()).as(event.group(1)).isTrue();
            events.put(uid.group(1), event.group(1));
        }
        return events;
    }

    @Test
    void movingOnePostUpdatesItsEventAndLeavesTheOthersAsTheyWere() throws IOException {
        Path messages = messages();
        Path ics = tmp.resolve("plan.ics");
        export(messages, "--output", ics.toString());
        String before = Files.readString(ics);
        export(messages, "--output", ics.toString());
        assertThat(Files.readString(ics)).as("the same plan again").isEqualTo(before);
        Path year = messages.resolve("2023.yaml");
        Files.writeString(
                year,
                Files.readString(year)
                        .replace(
                                "{at: \"2023-09-18T09:30:00+02:00\", channel: x, post: key-2}",
                                "{at: \"2023-09-18T10:15:00+02:00\", channel: x, post: key-2}"));

        export(messages, "--output", ics.toString());

        Map<String, String> old = events(before);
        Map<String, String> moved = events(Files.readString(ics));
        String uid = "2023-national-x-key-2@presskit";
        assertThat(moved.keySet()).containsExactlyInAnyOrderElementsOf(old.keySet()).contains(uid);
        assertThat(old.get(uid)).contains("SEQUENCE:0\r\n", "DTSTART:20230918T073000Z\r\n");
        assertThat(moved.get(uid)).contains("SEQUENCE:1\r\n", "DTSTART:20230918T081500Z\r\n");
        for (String other : old.keySet()) {
            if (!other.equals(uid)) {
                assertThat(moved.get(other)).as(other).isEqualTo(old.get(other));
            }
        }
    }

    @Test
    void withStandardOutputThePreviousCalendarIsNamedWithAnOption() throws IOException {
        Path messages = messages();
        Path previous = tmp.resolve("last.ics");
        Files.writeString(previous, export(messages).out());
        Path year = messages.resolve("2023.yaml");
        Files.writeString(
                year,
                Files.readString(year)
                        .replace("2023-09-19T08:15:00+02:00", "2023-09-19T08:30:00+02:00"));

        String ics = export(messages, "--previous", previous.toString()).out();

        assertThat(events(ics).get("2023-national-bluesky-short-2@presskit"))
                .contains("SEQUENCE:1\r\n", "DTSTART:20230919T063000Z\r\n");
    }

    @Test
    void eventsAreTitledInWordsAndAThreadIsDescribedPartByPart() throws IOException {
        String ics = export(messages()).out().replace("\r\n ", "");

        assertThat(ics)
                .contains(
                        "SUMMARY:X: Huvudbudskap 1 – Sju av tio testpersoner tycker om tester.\r\n",
                        "SUMMARY:LinkedIn: Långt inlägg med siffrorna – Testrapporten 2023:"
                                + " Påhittad för tester\r\n",
                        "SUMMARY:X: Huvudbudskap 2 – Sju av tio testpersoner tycker om tester\\,"
                                + " och …\r\n",
                        "SUMMARY:Bluesky: Kort budskap 2 – Citat \"så\"\\, med komma\\; och"
                                + " semikolon.\r\n",
                        "DESCRIPTION:Del 1 av 2\\nSju av tio testpersoner tycker om tester\\,")
                .doesNotContain("SUMMARY:X: national/");
    }

    @Test
    void pythonIcalendarReadsTheCalendarWithItsRemindersAndTitles() throws IOException {
        Path ics = tmp.resolve("plan.ics");
        export(messages(), "--output", ics.toString(), "--reminder", "10");

        String read =
                python(
                        "import icalendar, sys\n"
                                + "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                                + "for e in cal.walk('VEVENT'):\n"
                                + "    alarm = e.walk('VALARM')[0]\n"
                                + "    minutes = int(alarm['TRIGGER'].dt.total_seconds() // 60)\n"
                                + "    print(e['UID'], e['SEQUENCE'], e['DTSTART'].dt.isoformat(),"
                                + " minutes, e['SUMMARY'], sep=' | ')\n",
                        ics);

        assertThat(read)
                .isEqualTo(
                        String.join(
                                "\n",
                                "2023-national-mastodon-key-1@presskit | 0 | 2023-09-18T04:00:00+00:00"
                                        + " | -10 | Mastodon: Huvudbudskap 1 – Sju av tio testpersoner"
                                        + " tycker om tester.",
                                "2023-national-x-key-1@presskit | 0 | 2023-09-18T04:00:00+00:00"
                                        + " | -10 | X: Huvudbudskap 1 – Sju av tio testpersoner tycker"
                                        + " om tester.",
                                "2023-national-x-key-2@presskit | 0 | 2023-09-18T07:30:00+00:00"
                                        + " | -10 | X: Huvudbudskap 2 – Sju av tio testpersoner tycker"
                                        + " om tester, och …",
                                "2023-national-linkedin-post@presskit | 0 | 2023-09-18T10:00:00+00:00"
                                        + " | -10 | LinkedIn: Långt inlägg med siffrorna –"
                                        + " Testrapporten 2023: Påhittad för tester",
                                "2023-national-bluesky-short-2@presskit | 0 | 2023-09-19T06:15:00+00:00"
                                        + " | -10 | Bluesky: Kort budskap 2 – Citat \"så\", med komma;"
                                        + " och semikolon.",
                                ""));
    }

    @Test
    void aReminderOutsideADayIsRefused() throws IOException {
        Cli.Run run =
                Cli.run(
                        "export",
                        "--schedule",
                        "ics",
                        "--messages",
                        messages().toString(),
                        "--reminder",
                        "-5");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("--reminder -5: give the minutes before each post, from 0 to 1440");
    }

    /**
     * The output of a Python script run on {@code file} with Debian's {@code python3-icalendar}.
     * Without it the test is skipped, except in CI, where {@code .ci/run} installs it and a missing
     * one fails.
     */
    private static String python(String script, Path file) throws IOException {
        boolean installed = pythonHasIcalendar();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed)
                    .as("CI must have python3-icalendar (.ci/run installs it)")
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "python3-icalendar is not installed");
        Process process =
                new ProcessBuilder(PYTHON, "-c", script, file.toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(waitFor(process)).as(out).isZero();
        return out;
    }

    private static boolean pythonHasIcalendar() {
        try {
            Process process =
                    new ProcessBuilder(PYTHON, "-c", "import icalendar")
                            .redirectErrorStream(true)
                            .start();
            process.getInputStream().readAllBytes();
            return waitFor(process) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while python3 ran", e);
        }
    }
}
