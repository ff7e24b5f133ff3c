package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.model.Approval;

/**
 * The press-kit page marks a post whose text is approved as it stands, and one changed since, from
 * the year's approvals file, an input of the build; without the file the page is as before.
 */
class ApprovalMarksTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    @Test
    void thePageMarksApprovedAndChangedPostsAndNothingWithoutApprovals() throws Exception {
        Path messages = Trees.copy(MINIMAL, tmp.resolve("messages"));
        Path out = tmp.resolve("out");
        assertThat(Cli.build(messages, out).status()).isZero();
        byte[] without = Files.readAllBytes(out.resolve("2023/index.html"));
        Cli approver =
                new Cli().clock(Clock.fixed(Instant.parse("2023-09-17T22:30:00Z"), ZoneOffset.UTC));
        Cli.Run approve =
                approver.execute(
                        "approve",
                        "--by",
                        "Eva Lind",
                        "--only",
                        "national/x/short-1",
                        "national/x/key-1",
                        "--messages",
                        messages.toString(),
                        "--out",
                        out.toString());
        assertThat(approve.status()).as(approve.err()).isZero();
        // key-1 approved as an earlier text: its part's hash is that of another text.
        Path file = messages.resolve("2023.approvals.yaml");
        String approvals = Files.readString(file, StandardCharsets.UTF_8);
        String keyHash =
                approvals.replaceAll("(?s).*\"national/x/key-1\":.*?- \"(\\w{64})\".*", "$1");
        Files.writeString(file, approvals.replace(keyHash, Approval.hashOf("Ett tidigare utkast")));

        assertThat(Cli.build(messages, out).status()).isZero();

        Map<String, JsonNode> marks = marks(Files.readString(out.resolve("2023/index.html")));
        // 22:30 UTC on the 17th is past midnight in Stockholm: the Swedish reader's day.
        assertThat(marks.get("national/x/short-1").path("text").asText())
                .isEqualTo("Godkänd av Eva Lind 18 september 2023");
        assertThat(marks.get("national/x/short-1").path("state").asText()).isEqualTo("approved");
        assertThat(marks.get("national/x/key-1").path("text").asText())
                .isEqualTo("Ändrad efter godkännandet");
        assertThat(marks).hasSize(2);

        Files.delete(file);
        assertThat(Cli.build(messages, out).status()).isZero();
        assertThat(Files.readAllBytes(out.resolve("2023/index.html"))).isEqualTo(without);
    }

    /** The page data's approval marks by post id. */
    private static Map<String, JsonNode> marks(String page) throws Exception {
        Matcher m =
                Pattern.compile(
                                "<script type=\"application/json\" id=\"presskit-data\">(.*?)</script>")
                        .matcher(page);
        assertThat(m.find()).isTrue();
        Map<String, JsonNode> marks = new HashMap<>();
        for (JsonNode group : new ObjectMapper().readTree(m.group(1)).path("groups")) {
            for (JsonNode post : group.path("posts")) {
                if (post.has("approval")) {
                    marks.put(post.path("id").asText(), post.path("approval"));
                }
            }
        }
        return marks;
    }
}
