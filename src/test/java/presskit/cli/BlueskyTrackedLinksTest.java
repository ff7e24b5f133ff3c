package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.channel.Graphemes;
import presskit.publish.FakeBluesky;

/**
 * The invented school-staff union's national Bluesky posts, built from {@code
 * fixtures/other-organisation} (whose year tracks its links with UTM) and posted to a PDS on
 * 127.0.0.1: each record fits, its link shows shortened and links to the full tracked address, and
 * its tags are facets over exactly their words.
 */
class BlueskyTrackedLinksTest {

    @TempDir Path dir;

    @Test
    void everyRecordFitsAndLinksToTheTrackedAddressUnderTheShortenedLabel() throws Exception {
        Path messages = Trees.copy(OtherOrganisationTest.FIXTURE, dir.resolve("messages"));
        Cli.Run build = Cli.build(messages, dir.resolve("out"));
        assertThat(build.status()).as(build.err()).isZero();
        Cli.Run approve =
                new Cli()
                        .execute(
                                "approve",
                                "--by",
                                "Anna Berg",
                                "--channel",
                                "bluesky",
                                "--messages",
                                messages.toString(),
                                "--out",
                                dir.resolve("out").toString());
        assertThat(approve.status()).as(approve.err()).isZero();
        try (FakeBluesky pds = new FakeBluesky(BlueskyPublishTest.PASSWORD)) {
            Cli.Run run =
                    new Cli()
                            .environment(
                                    BlueskyPublishTest.account(
                                            FakeBluesky.HANDLE, BlueskyPublishTest.PASSWORD))
                            .execute(BlueskyPublishTest.liveArguments(dir, pds.root()));

            assertThat(run.status()).as(run.err()).isZero();
            List<FakeBluesky.Stored> records = pds.records();
            assertThat(records).hasSizeGreaterThanOrEqualTo(4);
            for (FakeBluesky.Stored record : records) {
                assertThat(Graphemes.count(record.text())).isLessThanOrEqualTo(300);
                assertThat(record.text()).doesNotContain("utm_");
                assertThat(BlueskyPublishTest.facets(record))
                        .contains(
                                "link www.skolfacket.invalid/skolenkaten-..."
                                        + " https://www.skolfacket.invalid/skolenkaten-2025"
                                        + "?utm_source=bluesky&utm_medium=social"
                                        + "&utm_campaign=skolenkaten-2025",
                                "tag #Skolenkäten Skolenkäten",
                                "tag #TidFörEleverna TidFörEleverna");
                // The card links to the same tracked address as the text.
                assertThat(record.value().path("embed").path("external").path("uri").asText())
                        .contains("utm_campaign=skolenkaten-2025");
            }
        }
    }
}
