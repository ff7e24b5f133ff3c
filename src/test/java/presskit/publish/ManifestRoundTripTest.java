package presskit.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.kit.BinaryFile;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.LinkCard;
import presskit.kit.Manifest;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;
import presskit.kit.Post;
import presskit.kit.PostThread;
import presskit.model.Link;
import presskit.variant.Variant;
import presskit.variant.VariantKind;

/** What the build writes as {@code manifest.json} is what {@code publish} reads: one contract. */
class ManifestRoundTripTest {

    private static final Variant OREBRO_LAN =
            new Variant(VariantKind.REGION, "18", "Örebro län", "orebro-lan", "i Örebro län");

    @TempDir Path year;

    @Test
    void publishReadsEveryOutputTheBuildListsWithItsFields() throws IOException {
        OutputId key = OutputId.post(Variant.national(), "x", "key", "1");
        OutputId figure = OutputId.post(OREBRO_LAN, "bluesky", "figure", "andel");
        OutputId html = OutputId.document(Variant.national(), "release", "html");
        Kit kit =
                new Kit(
                        2023,
                        OffsetDateTime.parse("2023-09-18T06:00+02:00"),
                        List.of(
                                new PostThread(
                                        key,
                                        "national/x/key-1.txt",
                                        List.of(
                                                new PostThread.Part(
                                                        "national/x/key-1-1.txt",
                                                        "Ett 1/2",
                                                        7,
                                                        true),
                                                new PostThread.Part(
                                                        "national/x/key-1-2.txt",
                                                        "Två 2/2",
                                                        7,
                                                        true)),
                                        16,
                                        280,
                                        List.of("#svpol"),
                                        false,
                                        12),
                                new Post(
                                        figure,
                                        "regions/18-orebro-lan/bluesky/figure-andel.txt",
                                        "Sju av tio.",
                                        11,
                                        300,
                                        false,
                                        List.of(),
                                        true),
                                new Document(
                                        html,
                                        OutputKind.RELEASE,
                                        "national/release.html",
                                        "<p>Sju av tio.</p>",
                                        false),
                                new BinaryFile(
                                        html.inFormat("pdf"),
                                        OutputKind.RELEASE,
                                        "national/release.pdf",
                                        new byte[] {1},
                                        false)),
                        List.of(
                                new LinkCard(
                                        "rapport",
                                        "https://exempel.se/rapport",
                                        "Rapporten",
                                        "Hela rapporten",
                                        "ok",
                                        false,
                                        "Rapport 2023",
                                        "Skolpersonalens rapport",
                                        "Om arbetsmiljön i skolan",
                                        "https://exempel.se/bild.jpg",
                                        Instant.parse("2023-09-01T10:00:00Z")),
                                LinkCard.unchecked(
                                        new Link(
                                                "stod",
                                                "https://exempel.se/stod",
                                                "Stöd",
                                                "",
                                                false,
                                                null,
                                                Set.of()))));
        Files.writeString(year.resolve("manifest.json"), Manifest.json(kit), UTF_8);

        BuildManifest read = ManifestReader.read(year);

        assertThat(read.year()).isEqualTo(2023);
        assertThat(read.embargo()).isEqualTo(OffsetDateTime.parse("2023-09-18T06:00+02:00"));
        assertThat(read.outputs())
                .containsExactly(
                        new BuildOutput(
                                "national/release-html",
                                "release",
                                "release",
                                "national",
                                "national/release.html",
                                18,
                                0,
                                true,
                                false,
                                List.of()),
                        new BuildOutput(
                                "national/release-pdf",
                                "release",
                                "release",
                                "national",
                                "national/release.pdf",
                                0,
                                0,
                                true,
                                false,
                                List.of()),
                        new BuildOutput(
                                "national/x/key-1",
                                "thread",
                                "x",
                                "national",
                                "national/x/key-1.txt",
                                16,
                                280,
                                true,
                                false,
                                List.of(
                                        new BuildOutput.Part("national/x/key-1-1.txt", 7),
                                        new BuildOutput.Part("national/x/key-1-2.txt", 7))),
                        new BuildOutput(
                                "regions/18-orebro-lan/bluesky/figure-andel",
                                "post",
                                "bluesky",
                                "18",
                                "regions/18-orebro-lan/bluesky/figure-andel.txt",
                                11,
                                300,
                                false,
                                true,
                                List.of()));
        // A link card shows what the check found on the page, else the year's own title.
        assertThat(read.links())
                .containsExactly(
                        new LinkPreview(
                                "https://exempel.se/rapport",
                                "Skolpersonalens rapport",
                                "Om arbetsmiljön i skolan",
                                "https://exempel.se/bild.jpg"),
                        new LinkPreview("https://exempel.se/stod", "Stöd", "", null));
    }
}
