package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the press-kit page's script is given to name and order its cards, without a browser: a
 * figure's sentence as its edition says it (a region's own value where it has one), and each
 * place's posts local first, then X, Facebook, LinkedIn, Bluesky, Mastodon.
 */
class PageCardDataTest {

    private static final List<String> BY_USE =
            List.of("x", "facebook", "linkedin", "bluesky", "mastodon");

    @TempDir static Path tmp;

    private static JsonNode nation;
    private static JsonNode places;

    @BeforeAll
    static void build() throws IOException {
        Path out = tmp.resolve("out");
        assertThat(Cli.build(OtherOrganisationTest.FIXTURE, out).status()).isZero();
        String page = Files.readString(out.resolve("2025/index.html"), StandardCharsets.UTF_8);
        nation = block(page, "presskit-data");
        places = block(page, "presskit-places");
    }

    private static JsonNode block(String page, String id) throws IOException {
        Matcher m =
                Pattern.compile(
                                "<script type=\"application/json\" id=\""
                                        + id
                                        + "\">(.*?)</script>")
                        .matcher(page);
        assertThat(m.find()).as(id).isTrue();
        return new ObjectMapper().readTree(m.group(1));
    }

    private static JsonNode group(String code) {
        for (JsonNode g : places.path("groups")) {
            if (g.path("code").asText().equals(code)) {
                return g;
            }
        }
        throw new AssertionError("no group " + code);
    }

    private static JsonNode post(JsonNode group, String id) {
        for (JsonNode p : group.path("posts")) {
            if (p.path("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no post " + id);
    }

    private static List<String> channels(JsonNode group) {
        List<String> out = new ArrayList<>();
        group.path("posts").forEach(p -> out.add(p.path("channel").asText()));
        return out;
    }

    @Test
    void aFigurePostIsNamedByTheSentenceItsRegionSays() {
        // The fixture's "planering": seven of ten nationally, eight of ten in region 01.
        assertThat(
                        post(group("01"), "regions/01-stockholms-lan/x/figure-planering")
                                .path("about")
                                .asText())
                .isEqualTo("Åtta av tio lärare hinner inte planera sina lektioner på arbetstid.");
        assertThat(
                        post(group("03"), "regions/03-uppsala-lan/x/figure-planering")
                                .path("about")
                                .asText())
                .isEqualTo("Sju av tio lärare hinner inte planera sina lektioner på arbetstid.");
    }

    @Test
    void everyGroupListsItsLocalPostsFirstThenTheNetworksInTheOrderPeopleUseThem() {
        assertThat(nation.path("channels").fieldNames())
                .toIterable()
                .containsExactlyElementsOf(BY_USE);
        assertThat(nation.path("channels").path("x").path("account").asText())
                .isEqualTo("@skolfacket");
        List<JsonNode> groups = new ArrayList<>();
        nation.path("groups").forEach(groups::add);
        places.path("groups").forEach(groups::add);
        for (JsonNode g : groups) {
            assertThat(channels(g).stream().map(BY_USE::indexOf).toList())
                    .as(g.path("code").asText())
                    .isSorted();
        }
        JsonNode municipality = group("1480");
        assertThat(municipality.path("posts").path(0).path("id").asText()).endsWith("/x/local");
    }
}
