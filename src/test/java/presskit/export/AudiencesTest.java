package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import presskit.channel.Channels;
import presskit.kit.Output;
import presskit.kit.OutputId;
import presskit.kit.Post;
import presskit.kit.PostThread;
import presskit.model.Contact;
import presskit.model.Sweden;
import presskit.variant.Variant;
import presskit.variant.VariantKind;

/**
 * Inside the zips, a thread is its numbered parts only, named so that the order is plain; a figure
 * post is named by its sentence, shortened and safe as a file name.
 */
class AudiencesTest {

    // Invented: a municipality and a school-staff union's posts.
    private static final Variant PLACE =
            new Variant(VariantKind.MUNICIPALITY, "2584", "Kiruna", "kiruna", "i Kiruna");

    @Test
    void aThreadIsItsPartsAndAFigurePostItsSentence() throws IOException {
        OutputId key = OutputId.post(Variant.national(), "x", "key", "3");
        OutputId figure = OutputId.post(Variant.national(), "x", "figure", "larare");
        OutputId local = OutputId.post(PLACE, "mastodon", "local", "");
        List<Output> outputs =
                List.of(
                        new PostThread(
                                key,
                                "national/x/key-3.txt",
                                List.of(
                                        new PostThread.Part(
                                                "national/x/key-3-1.txt", "Ett (1/2)", 9, true),
                                        new PostThread.Part(
                                                "national/x/key-3-2.txt", "Två (2/2)", 9, true)),
                                18,
                                280,
                                List.of(),
                                false,
                                300),
                        new Post(
                                figure,
                                "national/x/figure-larare.txt",
                                "Åtta",
                                4,
                                280,
                                true,
                                List.of(),
                                false),
                        new Post(
                                local,
                                "municipalities/2584-kiruna/mastodon/local.txt",
                                "Lokalt",
                                6,
                                500,
                                true,
                                List.of(),
                                false));
        Map<String, byte[]> files = new LinkedHashMap<>();
        outputs.forEach(o -> files.putAll(o.files()));
        String sentence =
                "Åtta av tio lärare: de hinner inte rätta proven/läxorna på arbetstid, enligt enkäten.";
        Audiences audiences =
                new Audiences(
                        2025,
                        LocalDateTime.of(2025, 3, 4, 9, 0),
                        Map.of("2584", "25"),
                        Sweden.none(),
                        null,
                        Channels.builtIn(),
                        new EntryNames(Channels.builtIn(), (v, f) -> sentence),
                        new ReadMe("Skolfacket", "Skolenkäten 2025", "4 mars 2025", List.of()),
                        new VCards(
                                List.of(new Contact("Maja Ek", "pressansvarig", List.of(), null)),
                                "Skolfacket",
                                null));

        Map<String, byte[]> zips = audiences.zips(outputs, files);

        Map<String, String> social = unzip(zips.get("presskit-2025-social.zip"));
        String top = "presskit-2025-social/";
        assertThat(social)
                .containsEntry(
                        top + "Hela landet/X/Huvudbudskap 3 – tråd, del 1 av 2.txt", "Ett (1/2)\n")
                .containsEntry(
                        top + "Hela landet/X/Huvudbudskap 3 – tråd, del 2 av 2.txt", "Två (2/2)\n")
                .containsEntry(
                        top
                                + "Hela landet/X/Siffra – Åtta av tio lärare – de hinner inte rätta proven – läxorna"
                                + " ….txt",
                        "Åtta\n")
                .containsEntry(top + "Kommuner/Kiruna/Mastodon/Lokalt inlägg.txt", "Lokalt\n")
                .as("the whole thread, which no network takes, is not in the zip")
                .doesNotContainKey(top + "Hela landet/X/Huvudbudskap 3.txt");
        assertThat(unzip(zips.get("presskit-2025-region-25.zip")))
                .containsKeys(
                        "presskit-2025-region-25/Kommuner/Kiruna/Mastodon/Lokalt inlägg.txt",
                        "presskit-2025-region-25/Presskontakter/Maja Ek.vcf",
                        "presskit-2025-region-25/LÄSMIG.txt");
        // Dates: the zips carry the publication day, and the bytes repeat.
        assertThat(audiences.zips(outputs, files).get("presskit-2025-social.zip"))
                .isEqualTo(zips.get("presskit-2025-social.zip"));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> folders = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2025, 3, 4, 9, 0));
                if (e.isDirectory()) {
                    folders.add(e.getName());
                } else {
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }
}
