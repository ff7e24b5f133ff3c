package presskit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.diagnostic.DiagnosticException;

/** Reading the build's manifest and post files into the posts a run sends. */
class PostPlannerTest {

    @TempDir Path dir;

    @Test
    void readsPostsAndThreadsWithoutTheTrailingNewlineAndIgnoresOtherChannels() {
        BuildFixture build =
                new BuildFixture(dir, 2023)
                        .embargo("2023-09-18T06:00:00+02:00")
                        .thread(
                                "national/x/key-1",
                                "national",
                                List.of("Ett\nmed radbrytning", "Två"))
                        .post("national/x/short-1", "national", "Kort ");
        build.write();

        BuildManifest manifest = ManifestReader.read(build.yearDir());
        List<PlannedPost> posts = new PostPlanner(manifest).plan(national(), true);

        assertThat(manifest.embargoTime())
                .hasValueSatisfying(
                        t -> assertThat(t.toString()).isEqualTo("2023-09-18T06:00+02:00"));
        assertThat(posts)
                .extracting(PlannedPost::outputId)
                .containsExactly("national/x/key-1", "national/x/short-1");
        assertThat(posts.get(0).parts())
                .extracting(PlannedPost.Part::text)
                .containsExactly("Ett\nmed radbrytning", "Två");
        assertThat(posts.get(1).parts().get(0).text()).isEqualTo("Kort ");
        assertThat(posts.get(0).label(posts.get(0).parts().get(1)))
                .isEqualTo("national/x/key-1 part 2/2");
    }

    @Test
    void onlyOneTrailingNewlineIsStripped() {
        assertThat(PostText.stripOneTrailingNewline("a\n\n")).isEqualTo("a\n");
        assertThat(PostText.stripOneTrailingNewline("a\r\n")).isEqualTo("a");
        assertThat(PostText.stripOneTrailingNewline("a")).isEqualTo("a");
    }

    @Test
    void everyProblemIsReportedBeforeAnythingIsSent() throws Exception {
        BuildFixture build =
                new BuildFixture(dir, 2023)
                        .post("national/x/a", "national", "A")
                        .post("national/x/b", "national", "B")
                        .examplePost("national/x/c", "C");
        build.write();
        Files.delete(build.yearDir().resolve("national/x/a.txt"));
        Files.write(build.yearDir().resolve("national/x/b.txt"), new byte[] {(byte) 0xff, 'x'});

        assertThatThrownBy(
                        () ->
                                new PostPlanner(ManifestReader.read(build.yearDir()))
                                        .plan(national(), true))
                .isInstanceOf(DiagnosticException.class)
                .hasMessageContaining("'national/x/a': cannot read")
                .hasMessageContaining(
                        "'national/x/b': "
                                + build.yearDir().resolve("national/x/b.txt")
                                + " is not UTF-8")
                .hasMessageContaining("'national/x/c': made from example data");
    }

    @Test
    void aPathOutsideTheBuildFolderIsRefused() throws Exception {
        BuildFixture build = new BuildFixture(dir, 2023).post("national/x/a", "national", "A");
        build.write();
        Path manifest = build.yearDir().resolve("manifest.json");
        Files.writeString(
                manifest,
                Files.readString(manifest).replace("\"national/x/a.txt\"", "\"../../etc/passwd\""));

        assertThatThrownBy(
                        () ->
                                new PostPlanner(ManifestReader.read(build.yearDir()))
                                        .plan(national(), true))
                .hasMessageContaining("path '../../etc/passwd' leaves the build folder");
    }

    @Test
    void aBrokenManifestIsLocated() throws Exception {
        Files.createDirectories(dir.resolve("2023"));
        Files.writeString(dir.resolve("2023/manifest.json"), "{\"year\": 2023,\n \"outputs\": [}");

        assertThatThrownBy(() -> ManifestReader.read(dir.resolve("2023")))
                .hasMessageContaining(dir.resolve("2023/manifest.json") + ":2:");
    }

    @Test
    void missingFieldsAreNamed() throws Exception {
        Files.createDirectories(dir.resolve("2023"));
        Files.writeString(
                dir.resolve("2023/manifest.json"),
                "{\"year\": \"2023\", \"outputs\": [{\"id\": \"a\"}]}");

        assertThatThrownBy(() -> ManifestReader.read(dir.resolve("2023")))
                .hasMessageContaining("'year': must be a whole number")
                .hasMessageContaining("'outputs[0].channel': must be a non-empty text");
    }

    private static PostSelection national() {
        return new PostSelection("x", Optional.empty(), List.of());
    }
}
