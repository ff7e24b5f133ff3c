package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The press room at the top of {@code index.html}: the release to read and download, the year's
 * contacts as cards with call and e-mail links, the report, the logo and press images with their
 * credits (copied into the kit and packed in the press zip), the embargo banner and {@code noindex}
 * while the embargo holds, and the Open Graph and Twitter card tags link previews read. The shipped
 * year has no images, no logo and no embargo; the images, logo and embargo are those of {@link
 * PressRoomFixture}, invented for the test.
 */
class PressRoomTest {

    @TempDir Path tmp;

    @Test
    void theShippedPageOpensWithTheReleaseAndTheContacts() throws IOException {
        Document page = page(SharedKit.year());

        assertThat(meta(page, "og:title")).isEqualTo(page.selectFirst("#room-headline").text());
        assertThat(meta(page, "og:description"))
                .startsWith("Behovet av personal")
                .isEqualTo(page.selectFirst(".room-lede").text());
        assertThat(meta(page, "og:type")).isEqualTo("website");
        assertThat(page.select("meta[property=og:image]")).as("no image is named").isEmpty();
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");

        Element room = page.selectFirst("main > section.room");
        assertThat(page.selectFirst("main > section"))
                .as("the press room is the first section in main, under the search")
                .isEqualTo(room);
        assertThat(room.select(".room-full-text h4").eachText())
                .as("the whole release, readable in the page")
                .contains("Om undersökningen", "Kontakt");
        assertThat(room.select(".room-files a").eachText())
                .containsExactly("PDF", "Webbsida (HTML)", "Text", "Markdown");
        assertThat(room.select(".room-files a").eachAttr("href"))
                .containsExactly(
                        "national/release.pdf",
                        "national/release.html",
                        "national/release.txt",
                        "national/release.md");

        Element first = room.selectFirst(".room-contact");
        assertThat(first.selectFirst(".name").text()).isEqualTo("Caroline Cederquist");
        assertThat(first.select("a[href^=tel:]").eachAttr("href"))
                .containsExactly("tel:+46761308997", "tel:+4687896342");
        assertThat(first.select("a[href^=tel:]").eachText())
                .containsExactly("Mobil: 076-130 89 97", "Tel: 08-789 63 42");
        assertThat(first.select("a[href^=mailto:]").attr("href"))
                .isEqualTo("mailto:caroline.cederquist@vision.se");
        assertThat(room.select("a[href=contacts.vcf]")).hasSize(1);

        assertThat(page.selectFirst("header").text())
                .contains("Publiceringsdag: 18 september 2023")
                .doesNotContain("publiceras");
        assertThat(page.select("#embargo-banner, meta[name=robots]")).isEmpty();
        assertThat(page.select("ul.docs a").eachAttr("href"))
                .as("the manifest is for technicians, not in the main list")
                .doesNotContain("manifest.json");
        assertThat(page.selectFirst(".tech").text())
                .isEqualTo("För tekniker: Innehållsförteckning (manifest.json)");
    }

    @Test
    void underEmbargoThePageSaysSoInRedAndAsksSearchEnginesToWait() throws IOException {
        Path year = PressRoomFixture.build(tmp, PressRoomFixture.EMBARGO.minusSeconds(3600));
        Document page = page(year);

        Element banner = page.selectFirst("header #embargo-banner");
        assertThat(banner.text())
                .isEqualTo("Under embargo till 12 mars 2025 kl. 06.00. Publicera inget före dess.");
        assertThat(banner.attr("data-until")).isEqualTo("2025-03-12T05:00:00Z");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");

        // The images: the year's first, each copied into the kit, shown with its credit.
        assertThat(meta(page, "og:image")).isEqualTo("images/ordforande.png");
        assertThat(meta(page, "og:image:alt"))
                .isEqualTo("Maja Ek står framför en skolbyggnad och ler.");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        Path messages = tmp.resolve("messages");
        assertThat(year.resolve("images/ordforande.png"))
                .hasBinaryContent(Files.readAllBytes(messages.resolve(PressRoomFixture.PORTRAIT)));
        assertThat(year.resolve("images/klassrum.png"))
                .hasBinaryContent(Files.readAllBytes(messages.resolve(PressRoomFixture.CLASSROOM)));
        assertThat(page.select(".room-images img").eachAttr("src"))
                .containsExactly("images/ordforande.png", "images/klassrum.png");
        Element portrait = page.selectFirst(".room-images figure");
        assertThat(portrait.selectFirst("img").attr("alt"))
                .isEqualTo("Maja Ek står framför en skolbyggnad och ler.");
        assertThat(portrait.selectFirst("figcaption").text())
                .isEqualTo(
                        "Maja Ek, förbundsordförande i Skolfacket Foto: Ola Bild, licens CC BY 4.0"
                                + " Ladda ned bilden");
        assertThat(portrait.selectFirst("a[download]").attr("href"))
                .isEqualTo("images/ordforande.png");

        // The logo heads the page from a file in the kit.
        Element logo = page.selectFirst("header img.room-logo");
        assertThat(logo.attr("alt")).isEqualTo("Skolfacket");
        assertThat(year.resolve(logo.attr("src")))
                .hasBinaryContent(
                        Files.readAllBytes(Path.of("src/test/resources/logo/exempel-logo.png")));

        // The report, from the year's links.
        assertThat(page.select(".room-docs a").eachText()).containsExactly("Skolenkäten 2025");

        // The press zip carries the images, the logo and who took them.
        Map<String, byte[]> zip = unzip(year.resolve("presskit-2025-press.zip"));
        assertThat(zip)
                .containsKeys(
                        "presskit-2025-press/Pressbilder/ordforande.png",
                        "presskit-2025-press/Pressbilder/klassrum.png",
                        "presskit-2025-press/Pressbilder/logotyp.png",
                        "presskit-2025-press/Pressbilder/bildinformation.txt");
        assertThat(
                        new String(
                                zip.get("presskit-2025-press/Pressbilder/bildinformation.txt"),
                                StandardCharsets.UTF_8))
                .contains(
                        "ordforande.png\nMaja Ek, förbundsordförande i Skolfacket\n"
                                + "Foto: Ola Bild\nLicens: CC BY 4.0\n",
                        "klassrum.png\nEtt klassrum efter skoldagen\nFoto: Påhittad Fotograf\n"
                                + "Licens: fri att använda i redaktionellt syfte\n");
    }

    @Test
    void afterTheEmbargoThePageHasNoBannerAndMayBeIndexed() throws IOException {
        Document page = page(PressRoomFixture.build(tmp, PressRoomFixture.EMBARGO));

        assertThat(page.select("#embargo-banner, meta[name=robots]")).isEmpty();
    }

    @Test
    void anImageWhoseFileIsMissingIsAnErrorAtItsLine() throws IOException {
        Path messages = PressRoomFixture.messages(tmp);
        Files.delete(messages.resolve(PressRoomFixture.PORTRAIT));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "2025.yaml:138:11: error: 'images[0].file': there is no file "
                                + messages.resolve(PressRoomFixture.PORTRAIT)
                                + "; write the path of a PNG or JPEG file relative to the messages"
                                + " folder, such as bilder/ordforande.jpg, or leave the image out");
    }

    @Test
    void anImageWithoutAltTextIsAnError() throws IOException {
        Path messages = PressRoomFixture.messages(tmp);
        Path organisation = messages.resolve("organisation.yaml");
        String text = Files.readString(organisation);
        Files.writeString(organisation, text.replaceAll("\\n    alt: [^\\n]*", ""));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "organisation.yaml:32:5: error: 'images[0].alt': missing required field"
                                + " 'alt' in 'images[0]'");
    }

    private static Document page(Path year) throws IOException {
        return Jsoup.parse(year.resolve("index.html").toFile(), "UTF-8");
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        assertThat(meta).as(name).isNotNull();
        return meta.attr("content");
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in =
                new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
