package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.channel.Mastodon;
import presskit.publish.BuildFixture;
import presskit.publish.FakeXApi;
import presskit.publish.LedgerFile;
import presskit.publish.LedgerPart;
import presskit.publish.PartState;
import presskit.publish.PlannedPost;

/**
 * X as it is in 2026: a paid API whose cost the dry run shows, replies refused where the author did
 * not summon the replier, and developer rules against unsolicited @mentions.
 */
class XRulesTest {

    static final Map<String, String> KEYS =
            Map.of(
                    "X_API_KEY",
                    "rules-key",
                    "X_API_KEY_SECRET",
                    "rules-key-secret",
                    "X_ACCESS_TOKEN",
                    "rules-token",
                    "X_ACCESS_TOKEN_SECRET",
                    "rules-token-secret");

    // Invented posts of an invented school-staff union.
    static final List<String> THREAD =
            List.of("1/3 Skolan behöver fler", "2/3 Var tredje lärare", "3/3 Läs mer #skolan");

    @TempDir Path dir;

    @Test
    void theDryRunShowsWhatTheRequestsWouldCostAtTheDefaultPrices() {
        new BuildFixture(dir.resolve("out"), 2023)
                .post(
                        "national/x/short-1",
                        "national",
                        "Fler lärare nu https://example.org/rapport")
                .thread("national/x/key-1", "national", THREAD)
                .write();

        Cli.Run run = new Cli().execute(args(dir.resolve("messages")));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "Cost at the current prices ($0.015 a post, $0.20 a post with a link;"
                                + " channels.yaml x.prices sets them): $0.245 for 4 requests.");
    }

    @Test
    void channelsYamlSetsThePrices() throws Exception {
        new BuildFixture(dir.resolve("out"), 2023)
                .post("national/x/short-1", "national", "Fler lärare nu")
                .write();
        Path messages = Files.createDirectories(dir.resolve("messages"));
        Files.writeString(messages.resolve("channels.yaml"), "x:\n  prices:\n    post: 0.02\n");

        Cli.Run run = new Cli().execute(args(messages));

        assertThat(run.out())
                .contains(
                        "Cost at the current prices ($0.02 a post, $0.20 a post with a link;"
                                + " channels.yaml x.prices sets them): $0.02 for 1 request.");
    }

    @Test
    void aPriceThatIsNoNumberIsALocatedInputError() throws Exception {
        new BuildFixture(dir.resolve("out"), 2023)
                .post("national/x/short-1", "national", "Fler lärare nu")
                .write();
        Path messages = Files.createDirectories(dir.resolve("messages"));
        Files.writeString(messages.resolve("channels.yaml"), "x:\n  prices:\n    post: gratis\n");

        Cli.Run run = new Cli().execute(args(messages));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("channels.yaml:3:").contains("post");
        assertThat(run.out()).doesNotContain("Cost");
    }

    @Test
    void aReplyXRefusesStopsTheThreadTellsHowToPostTheRestAndIsNotRetried() throws Exception {
        new BuildFixture(dir.resolve("out"), 2023)
                .thread("national/x/key-1", "national", THREAD)
                .approveAll(dir.resolve("messages"))
                .write();
        try (FakeXApi api = new FakeXApi()) {
            api.then(FakeXApi.created(), FakeXApi.notSummoned());

            Cli.Run run = live(api.root());

            assertThat(run.status()).isEqualTo(1);
            assertThat(api.requests())
                    .extracting(FakeXApi.Request::text)
                    .containsExactly(THREAD.get(0), THREAD.get(1));
            assertThat(run.err())
                    .contains(
                            "national/x/key-1 part 2/3: not posted: X refuses the reply (403 Reply"
                                    + " to this conversation is not allowed",
                            "by hand",
                            "https://x.com/intent/post?text=2%2F3%20Var%20tredje%20l%C3%A4rare"
                                    + "&in_reply_to=1700000000000000001");
            LedgerPart refused =
                    new LedgerFile(dir.resolve("state"), 2023, "x")
                            .load()
                            .part("national/x/key-1", 2)
                            .orElseThrow();
            assertThat(refused.state()).isEqualTo(PartState.REFUSED);
            assertThat(refused.note()).contains("X refuses the reply", "in_reply_to=");

            Cli.Run again = live(api.root());

            assertThat(again.status()).isEqualTo(1);
            assertThat(api.requests()).hasSize(2);
            assertThat(again.err()).contains("part 2/3: not sent again: refused earlier");
        }
    }

    @Test
    void aMunicipalityPostThatTagsPoliticiansIsNotPostedToXFromTheOrganisation() throws Exception {
        new BuildFixture(dir.resolve("out"), 2023)
                .post("national/x/short-1", "national", "Fler lärare nu")
                .post(
                        "1880/x/local-1",
                        "1880",
                        "Hur många lärare saknas i Exempelby, @ExempelOrdf @ExempelVice? #skolan")
                .approveAll(dir.resolve("messages"))
                .write();
        try (FakeXApi api = new FakeXApi()) {
            Cli.Run run = live(api.root(), "--variant", "1880");

            assertThat(run.status()).isEqualTo(1);
            assertThat(api.requests()).isEmpty();
            assertThat(run.err())
                    .contains(
                            "mention @ExempelOrdf, @ExempelVice",
                            "No unsolicited @mentions",
                            "from its own account",
                            "1880/x/local-1: https://x.com/intent/post?text=Hur%20m%C3%A5nga");

            Cli.Run dry = new Cli().execute(args(dir.resolve("messages"), "--variant", "1880"));

            assertThat(dry.status()).as(dry.err()).isZero();
            assertThat(dry.err()).contains("a live run would refuse", "No unsolicited @mentions");
        }
    }

    @Test
    void onMastodonMentionsAreAllowedWithAWarning() {
        StringWriter err = new StringWriter();
        PlannedPost.Part part = new PlannedPost.Part(1, "Fråga till @ordf@exempel.social", 30, 500);

        new NetworkRules(new Mastodon())
                .checkMentions(
                        Optional.of("1880"),
                        List.of(new PlannedPost("1880/mastodon/local-1", List.of(part), false)),
                        true,
                        new PrintWriter(err, true));

        assertThat(err.toString())
                .startsWith("presskit: warning: posts of 1880 mention @ordf@exempel.social;")
                .contains("unsolicited")
                .doesNotContain("refuse");
    }

    private Cli.Run live(String root, String... extra) {
        List<String> all =
                new ArrayList<>(
                        List.of(
                                "publish",
                                "--channel",
                                "x",
                                "--live",
                                "--messages",
                                dir.resolve("messages").toString(),
                                "--out",
                                dir.resolve("out").toString(),
                                "--ledger-dir",
                                dir.resolve("state").toString(),
                                "--api-base-url",
                                root));
        all.addAll(List.of(extra));
        return new Cli().environment(KEYS).execute(all.toArray(String[]::new));
    }

    private String[] args(Path messages, String... extra) {
        List<String> all =
                new ArrayList<>(
                        List.of(
                                "publish",
                                "--channel",
                                "x",
                                "--messages",
                                messages.toString(),
                                "--out",
                                dir.resolve("out").toString(),
                                "--ledger-dir",
                                dir.resolve("state").toString()));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }
}
