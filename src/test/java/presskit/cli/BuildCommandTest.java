package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twitter.twittertext.TwitterTextParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} as a user runs it; most tests read the one shared full build ({@link SharedKit}).
 */
class BuildCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    @Test
    void buildsTheNewestShippedYearIntoOutYear() throws IOException {
        SharedKit.Built built = SharedKit.build();
        Cli.Run run = built.run();

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Wrote " + built.year());
        JsonNode manifest = JSON.readTree(built.year().resolve("manifest.json").toFile());
        assertThat(manifest.get("year").asInt()).isEqualTo(2023);
        List<String> paths = new ArrayList<>();
        manifest.get("outputs").forEach(o -> paths.add(o.get("path").asText()));
        assertThat(paths)
                .contains(
                        "national/release.html",
                        "national/release.txt",
                        "national/release.md",
                        "national/sheet.html",
                        "national/sheet.md",
                        "national/x/short-1.txt",
                        "national/x/key-1.txt");
        for (String path : paths) {
            assertThat(built.year().resolve(path)).isRegularFile();
        }
    }

    @Test
    void everyXPostInTheManifestHasTwitterTextsLengthAndFits() throws IOException {
        Path year = SharedKit.year();
        JsonNode manifest = JSON.readTree(year.resolve("manifest.json").toFile());

        int checked = 0;
        for (JsonNode o : manifest.get("outputs")) {
            if (!o.get("channel").asText().equals("x")) {
                continue;
            }
            assertThat(o.get("limit").asInt()).isEqualTo(280);
            assertThat(o.get("valid").asBoolean()).as(o.get("id").asText()).isTrue();
            List<JsonNode> posts = new ArrayList<>();
            if (o.get("kind").asText().equals("thread")) {
                o.get("parts").forEach(posts::add);
                assertThat(posts).hasSizeGreaterThan(1);
            } else {
                assertThat(o.get("kind").asText()).isEqualTo("post");
                posts.add(o);
            }
            for (JsonNode post : posts) {
                String text = postText(year.resolve(post.get("path").asText()));
                int weighted = TwitterTextParser.parseTweet(text).weightedLength;
                assertThat(post.get("length").asInt())
                        .as(post.get("path").asText())
                        .isEqualTo(weighted);
                assertThat(weighted).isLessThanOrEqualTo(280);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aPostFileHoldsExactlyThePostWithAtMostOneTrailingNewline() throws IOException {
        Path post = SharedKit.year().resolve("national/x/short-1.txt");
        String raw = Files.readString(post, StandardCharsets.UTF_8);

        assertThat(raw)
                .endsWith("\n")
                .doesNotEndWith("\n\n")
                .doesNotStartWith(" ")
                .doesNotContain("\r");
    }

    @Test
    void buildingTwiceGivesByteIdenticalOutput() throws IOException {
        Path first = SharedKit.build().out();
        Path second = SharedKit.again().out();

        assertThat(Trees.snapshot(first)).isNotEmpty().isEqualTo(Trees.snapshot(second));
    }

    @Test
    void anOlderYearCanBeBuiltOnRequest() throws IOException {
        Cli.Run run =
                Cli.run("build", "--year", "2022", "--only", "national", "--out", tmp.toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(Files.readString(tmp.resolve("2022/national/release.txt")))
                .contains("Skyhög efterfrågan på medarbetare till socialtjänsten");
    }

    @Test
    void anUnknownYearIsReportedWithTheYearsThatExist() {
        Cli.Run run = Cli.run("build", "--year", "1999", "--out", tmp.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no data for 1999; years available: [2022, 2023]");
        assertThat(tmp.resolve("1999")).doesNotExist();
    }

    static String postText(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        return raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
    }
}
