package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.load.ApprovalsFile;
import presskit.model.Approval;
import presskit.publish.BuildFixture;
import presskit.publish.FakeXApi;

/**
 * {@code presskit approve} and what {@code publish} makes of it: the approvals file written and
 * listed, a text changed after approval refused by a live run, its state in the dry run.
 */
class ApproveCommandTest {

    // Invented texts of a school-staff union's campaign.
    static final List<String> THREAD =
            List.of("1/3 Åtta av tio rektorer…", "2/3 …säger att lärarna…", "3/3 …inte räcker.");

    @TempDir Path dir;

    FakeXApi api;
    final Cli cli =
            new Cli()
                    .environment(PublishCommandTest.KEYS)
                    .clock(Clock.fixed(Instant.parse("2023-09-14T07:30:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void start() throws Exception {
        api = new FakeXApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void approvingRecordsEachPartsHashWhoWhenAndWhyInAFileForPeople() throws Exception {
        kit("Kort inlägg").write();

        Cli.Run approve =
                cli.execute(
                        approve(
                                "--by",
                                "Anna Berg",
                                "--comment",
                                "Läst mot rapporten",
                                "--channel",
                                "x"));

        assertThat(approve.status()).as(approve.err()).isZero();
        assertThat(approve.out())
                .contains(
                        "approved national/x/key-1 (3 parts)",
                        "approved national/x/short-1",
                        "2 outputs approved by Anna Berg in ");
        String file = Files.readString(approvals(), StandardCharsets.UTF_8);
        assertThat(file)
                .startsWith(
                        "# The approved posts and threads of 2023, written by 'presskit approve'.")
                .contains(
                        "  \"national/x/key-1\":\n"
                                + "    parts:\n"
                                + "      # 1: 1/3 Åtta av tio rektorer…\n"
                                + "      - \""
                                + Approval.hashOf(THREAD.get(0))
                                + "\"\n",
                        "      # 3: 3/3 …inte räcker.\n",
                        "    by: \"Anna Berg\"\n    at: \"2023-09-14T07:30:00Z\"\n"
                                + "    comment: \"Läst mot rapporten\"\n")
                .doesNotContain("regions/18");
        // What the command wrote, the reader reads back: ids, hashes, openings, who, when, why.
        List<Approval> read = ApprovalsFile.read(approvals());
        assertThat(read)
                .extracting(Approval::outputId)
                .containsExactly("national/x/key-1", "national/x/short-1");
        assertThat(read.get(0).parts())
                .extracting(Approval.Part::opening)
                .containsExactly(THREAD.get(0), THREAD.get(1), THREAD.get(2));
        assertThat(read.get(0).at()).isEqualTo(Instant.parse("2023-09-14T07:30:00Z"));
        assertThat(read.get(1).comment()).isEqualTo("Läst mot rapporten");
        assertThat(ApprovalsFile.text(2023, read)).isEqualTo(file);
    }

    @Test
    void theListShowsApprovedPendingAndChangedWithTheChangedPart() {
        kit("Kort inlägg").write();
        cli.execute(approve("--by", "Anna Berg", "--only", "national/x/key-1"));
        List<String> changed = new ArrayList<>(THREAD);
        changed.set(1, "2/3 …säger att eleverna…");
        new BuildFixture(dir.resolve("out"), 2023)
                .thread("national/x/key-1", "national", changed)
                .post("national/x/short-1", "national", "Kort inlägg")
                .write();

        Cli.Run list = cli.execute(approve("--list"));

        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out())
                .isEqualTo(
                        "national/x/key-1    changed   part 2 changed since approved by Anna Berg"
                                + " on 2023-09-14 07:30 UTC\n"
                                + "national/x/short-1  pending\n"
                                + "\n"
                                + "0 approved, 1 changed since approved, 1 pending.\n");
    }

    @Test
    void reApprovingReplacesOnlyThatEntry() throws Exception {
        kit("Kort inlägg").write();
        cli.execute(approve("--by", "Anna Berg"));
        kit("Nytt kort inlägg").write();

        cli.execute(approve("--by", "Per Ek", "--only", "national/x/short-1"));

        assertThat(ApprovalsFile.read(approvals()))
                .extracting(Approval::outputId, Approval::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("national/x/key-1", "Anna Berg"),
                        org.assertj.core.groups.Tuple.tuple("national/x/short-1", "Per Ek"));
        assertThat(cli.execute(approve("--list")).out())
                .contains("national/x/key-1    approved  by Anna Berg on 2023-09-14 07:30 UTC")
                .contains("2 approved, 0 changed since approved, 0 pending.");
        assertThat(dir.resolve("messages")).isDirectoryNotContaining("glob:**/.*.tmp");
    }

    @Test
    void aLiveRunPostsTheApprovedAndRefusesATextChangedSinceWithExitOne() {
        kit("Kort inlägg").write();
        cli.execute(approve("--by", "Anna Berg"));
        kit("Kort inlägg, ändrat efteråt").write();

        Cli.Run live = cli.execute(publish("--live"));

        assertThat(live.status()).isEqualTo(1);
        assertThat(api.requests())
                .extracting(FakeXApi.Request::text)
                .containsExactlyElementsOf(THREAD);
        assertThat(live.err())
                .contains(
                        "national/x/short-1: not posted: changed since approved by Anna Berg on"
                                + " 2023-09-14 07:30 UTC: part 1; approve its text with 'presskit"
                                + " approve --only national/x/short-1 --by NAME'");
        assertThat(live.out()).contains("3 posted, 0 already posted, 0 not posted");
    }

    @Test
    void aLiveRunWithNothingApprovedSendsNothing() {
        kit("Kort inlägg").write();

        Cli.Run live = cli.execute(publish("--live"));

        assertThat(live.status()).isEqualTo(1);
        assertThat(live.err())
                .contains(
                        "national/x/key-1: not posted: not approved;",
                        "national/x/short-1: not posted: not approved;");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void theDryRunShowsEachPostsApprovalState() {
        kit("Kort inlägg").write();
        cli.execute(approve("--by", "Anna Berg", "--only", "national/x/key-1"));

        Cli.Run dry = cli.execute(publish());

        assertThat(dry.status()).isZero();
        assertThat(dry.out())
                .contains(
                        "national/x/key-1 part 1/3 (25/280), approved by Anna Berg on 2023-09-14"
                                + " 07:30 UTC\n",
                        "national/x/key-1 part 2/3 (23/280), replies to part 1\n",
                        "national/x/short-1 (11/280), not approved\n",
                        "1 of 2 not approved as they stand: a live run posts only approved texts");
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aBrokenApprovalsFileIsALocatedErrorAndNothingIsSent() throws Exception {
        kit("Kort inlägg").write();
        cli.execute(approve("--by", "Anna Berg"));
        String file = Files.readString(approvals());
        Files.writeString(approvals(), file.replaceFirst("- \"[0-9a-f]{4}", "- \"zzzz"));

        Cli.Run live = cli.execute(publish("--live"));
        Cli.Run list = cli.execute(approve("--list"));

        assertThat(live.status()).isEqualTo(2);
        assertThat(live.err())
                .startsWith(approvals() + ":9:9: error: 'approvals.national/x/key-1.parts[0]':");
        assertThat(list.status()).isEqualTo(2);
        assertThat(list.err()).isEqualTo(live.err());
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void anApproverNameOrCommentThatIsNotOneVisibleLineIsAUsageError() {
        kit("Kort inlägg").write();

        Cli.Run noName = cli.execute(approve());
        Cli.Run twoLines = cli.execute(approve("--by", "Anna\nBerg"));
        Cli.Run hidden = cli.execute(approve("--by", "Anna Berg", "--comment", "ok\u202e"));
        Cli.Run tooLong = cli.execute(approve("--by", "A".repeat(101)));

        assertThat(List.of(noName, twoLines, hidden, tooLong))
                .allSatisfy(run -> assertThat(run.status()).isEqualTo(2));
        assertThat(noName.err()).contains("approving needs --by NAME");
        assertThat(twoLines.err())
                .contains("--by must be one line of visible text: it holds a line break");
        assertThat(hidden.err()).contains("--comment must be one line of visible text");
        assertThat(tooLong.err()).contains("--by is 101 characters long; write at most 100");
        assertThat(approvals()).doesNotExist();
    }

    private BuildFixture kit(String shortText) {
        return new BuildFixture(dir.resolve("out"), 2023)
                .thread("national/x/key-1", "national", THREAD)
                .post("national/x/short-1", "national", shortText)
                .post("regions/18/x/short-1", "18", "Regional post");
    }

    private Path approvals() {
        return dir.resolve("messages/2023.approvals.yaml");
    }

    private String[] approve(String... args) {
        List<String> all = new ArrayList<>(List.of("approve"));
        all.addAll(List.of(args));
        all.addAll(
                List.of(
                        "--out",
                        dir.resolve("out").toString(),
                        "--messages",
                        dir.resolve("messages").toString()));
        return all.toArray(String[]::new);
    }

    private String[] publish(String... args) {
        List<String> all = new ArrayList<>(List.of("publish", "--channel", "x"));
        all.addAll(List.of(args));
        all.addAll(
                List.of(
                        "--out",
                        dir.resolve("out").toString(),
                        "--messages",
                        dir.resolve("messages").toString(),
                        "--ledger-dir",
                        dir.resolve("state").toString(),
                        "--api-base-url",
                        api.root()));
        return all.toArray(String[]::new);
    }
}
