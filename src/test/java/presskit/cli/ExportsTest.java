package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code build} makes from the kit for people who run no commands: PDFs, vCard, zips and the
 * page. Read from the shared full builds ({@link SharedKit}).
 */
class ExportsTest {

    @TempDir Path tmp;

    private static Path first;
    private static Path second;

    @BeforeAll
    static void builds() {
        first = SharedKit.year();
        second = SharedKit.again().year();
    }

    @Test
    void theNationalReleasePdfHoldsHeadlineFiguresAndContactsInSwedish() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(first.resolve("national/release.pdf").toFile())) {
            // Names and dates are joined by non-breaking spaces in print.
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0]+", " ");
            assertThat(text)
                    .contains("Socialchefsrapporten 2023: Man får det man betalar för")
                    .contains("Åtta av tio socialchefer har svårt att rekrytera socialsekreterare")
                    .contains("Om undersökningen")
                    .contains("Caroline Cederquist, press- och opinionschef")
                    .contains("Mobil: 076-130")
                    .contains("maria.martinsson@vision.se")
                    .contains("Om Vision");
        }
    }

    @Test
    void everyReleasePdfIsInTheManifest() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
        List<String> pdfs = new ArrayList<>();
        for (JsonNode o : manifest.get("outputs")) {
            if (o.get("path").asText().endsWith(".pdf")) {
                assertThat(o.get("kind").asText()).isEqualTo("release");
                assertThat(o.get("channel").asText()).isEqualTo("release");
                assertThat(first.resolve(o.get("path").asText())).isRegularFile();
                pdfs.add(o.get("path").asText());
            }
        }
        assertThat(pdfs)
                .hasSize(22)
                .contains("national/release.pdf", "regions/18-orebro-lan/release.pdf");
    }

    @Test
    void aRegionWithTheNationalReleaseHasTheNationalPdf() throws IOException {
        byte[] html = Files.readAllBytes(first.resolve("national/release.html"));
        byte[] pdf = Files.readAllBytes(first.resolve("national/release.pdf"));
        List<String> same = new ArrayList<>();
        try (var regions = Files.list(first.resolve("regions"))) {
            for (Path region : regions.sorted().toList()) {
                if (Arrays.equals(Files.readAllBytes(region.resolve("release.html")), html)) {
                    assertThat(region.resolve("release.pdf")).hasBinaryContent(pdf);
                    same.add(region.getFileName().toString());
                }
            }
        }
        // The shipped year has no regional figures: every region prints the national release.
        assertThat(same).hasSize(21);
    }

    @Test
    void twoBuildsGiveByteIdenticalZipsAndPage() throws IOException {
        List<String> compared = new ArrayList<>();
        try (var files = Files.list(first)) {
            for (Path f :
                    files.filter(
                                    p ->
                                            p.toString().endsWith(".zip")
                                                    || p.endsWith("index.html")
                                                    || p.endsWith("contacts.vcf"))
                            .toList()) {
                assertThat(Files.readAllBytes(second.resolve(f.getFileName())))
                        .as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
                compared.add(f.getFileName().toString());
            }
        }
        assertThat(compared)
                .contains(
                        "presskit-2023-press.zip",
                        "presskit-2023-social.zip",
                        "presskit-2023-region-18.zip",
                        "index.html",
                        "contacts.vcf");
    }

    @Test
    void eachAudienceGetsItsFilesByNamesAPersonReads() throws IOException {
        String press = "presskit-2023-press/";
        assertThat(entries("presskit-2023-press.zip"))
                .contains(
                        press + "LÄSMIG.txt",
                        press + "Hela landet/Pressmeddelande.pdf",
                        press + "Hela landet/Pressmeddelande.txt",
                        press + "Län/Örebro län/Pressmeddelande.pdf",
                        press + "Presskontakter/Alla presskontakter.vcf",
                        press + "Presskontakter/Caroline Cederquist.vcf",
                        press + "Presskontakter/Maria Martinsson.vcf")
                .as("no message sheet, no Markdown, no HTML beside the PDF, no post")
                .noneMatch(e -> e.contains("Budskap och länkar") || e.contains("sheet"))
                .noneMatch(e -> e.endsWith(".md") || e.endsWith(".html"))
                .noneMatch(e -> e.contains("/X/"));
        String social = "presskit-2023-social/";
        assertThat(entries("presskit-2023-social.zip"))
                .contains(
                        social + "LÄSMIG.txt",
                        social + "Hela landet/X/Kort budskap 1.txt",
                        social + "Hela landet/X/Huvudbudskap 1.txt",
                        social + "Hela landet/Mastodon/Kort budskap 1.txt",
                        social + "Hela landet/LinkedIn/Långt inlägg med siffrorna.txt",
                        social + "Län/Örebro län/X/",
                        social + "Kommuner/Kumla/X/Lokalt inlägg.txt",
                        social + "Kommuner/Kumla/Bluesky/Lokalt inlägg.txt")
                .anyMatch(
                        e ->
                                e.startsWith(
                                        social
                                                + "Län/Örebro län/X/Siffra – Åtta av tio socialchefer"))
                .filteredOn(e -> !e.endsWith("/"))
                .allMatch(e -> e.endsWith(".txt"))
                .noneMatch(e -> e.contains("Pressmeddelande"));
        String region = "presskit-2023-region-18/";
        assertThat(entries("presskit-2023-region-18.zip"))
                .contains(
                        region + "LÄSMIG.txt",
                        region + "Örebro län/Pressmeddelande.pdf",
                        region + "Örebro län/Pressmeddelande.txt",
                        region + "Örebro län/Budskap och länkar.html",
                        region + "Kommuner/Kumla/X/Lokalt inlägg.txt",
                        region + "Presskontakter/Alla presskontakter.vcf")
                .noneMatch(e -> e.contains("Hela landet") || e.contains("Kommuner/Stockholm/"));
    }

    @Test
    void everyZipHasOneTopFolderThePublicationDayAndNamesSafeOnAnySystem() throws IOException {
        for (String zip :
                List.of(
                        "presskit-2023-press.zip",
                        "presskit-2023-social.zip",
                        "presskit-2023-region-18.zip")) {
            String top = zip.replace(".zip", "/");
            try (ZipFile file = new ZipFile(first.resolve(zip).toFile(), StandardCharsets.UTF_8)) {
                List<? extends ZipEntry> all = file.stream().toList();
                assertThat(all).as(zip).isNotEmpty();
                for (ZipEntry e : all) {
                    assertThat(e.getName()).as(zip).startsWith(top);
                    // 2023's report is published on 18 September 2023.
                    assertThat(e.getTimeLocal())
                            .as(e.getName())
                            .isEqualTo(LocalDateTime.of(2023, 9, 18, 9, 0));
                    for (String part : e.getName().split("/")) {
                        assertThat(part)
                                .as(e.getName())
                                .doesNotContainPattern("[:\\\\*?\"<>|]")
                                .doesNotEndWith(".")
                                .doesNotEndWith(" ");
                    }
                }
                String readMe =
                        new String(
                                file.getInputStream(file.getEntry(top + "LÄSMIG.txt"))
                                        .readAllBytes(),
                                StandardCharsets.UTF_8);
                assertThat(readMe).as(zip).contains("Publiceringsdag: 18 september 2023.\r\n");
                assertThat(readMe.replace("\r\n", "")).as("CRLF only").doesNotContain("\n");
            }
        }
        String social = readMe("presskit-2023-social.zip");
        assertThat(social)
                .contains("- X: 280 tecken per inlägg", "Publicera del 1 och svara sedan");
        // The networks in the order the page lists them: X, Facebook, LinkedIn, Bluesky, Mastodon.
        assertThat(social.indexOf("- Facebook:"))
                .isBetween(social.indexOf("- X:"), social.indexOf("- LinkedIn:"));
        assertThat(social.indexOf("- Bluesky:"))
                .isBetween(social.indexOf("- LinkedIn:"), social.indexOf("- Mastodon:"));
        // The phones as the releases write them, labelled.
        assertThat(readMe("presskit-2023-press.zip"))
                .contains(
                        "Presskontakter: ",
                        "Caroline Cederquist, press- och opinionschef, Mobil: 076-130\u00A089\u00A097");
        assertThat(readMe("presskit-2023-region-18.zip"))
                .contains("Material för Örebro län från Vision: Socialchefsrapporten 2023");
    }

    @Test
    void theContactsAreOneCardPerFileToo() throws IOException {
        assertThat(Files.readString(first.resolve("contacts/caroline-cederquist.vcf")))
                .startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:")
                .contains("TEL;TYPE=CELL:+46 76 130 89 97\r\n", "URL:https://vision.se")
                .containsOnlyOnce("BEGIN:VCARD");
        assertThat(first.resolve("contacts/maria-martinsson.vcf")).isRegularFile();
        assertThat(Files.readString(first.resolve("contacts.vcf"))).containsOnlyOnce("FN:Maria");
    }

    @Test
    void noZipHoldsAnOutputMadeFromExampleData() throws IOException {
        List<String> example = new ArrayList<>();
        JsonNode manifest = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
        for (JsonNode o : manifest.get("outputs")) {
            if (o.get("example").asBoolean()) {
                example.add(o.get("path").asText());
                o.path("parts").forEach(p -> example.add(p.get("path").asText()));
            }
        }
        // The shipped example branch (Örebro, fictional politicians) gives a local post per
        // network, two of them threads.
        assertThat(example).contains("municipalities/1880-orebro/x/local-2.txt").hasSize(5 + 4);

        for (String zip :
                List.of(
                        "presskit-2023-press.zip",
                        "presskit-2023-social.zip",
                        "presskit-2023-region-18.zip")) {
            // Inside the zips the example municipality would be Kommuner/Örebro/.
            assertThat(entries(zip))
                    .as(zip)
                    .noneMatch(e -> e.contains("Kommuner/Örebro/"))
                    .doesNotContainAnyElementsOf(example);
        }
        assertThat(entries("presskit-2023-region-18.zip"))
                .anyMatch(e -> e.contains("Kommuner/Kumla/"));
        assertThat(first.resolve("municipalities/1880-orebro/x/local.txt")).isRegularFile();
    }

    @Test
    void thePageIsSwedishSelfContainedAndListsTheDownloads() throws IOException {
        Document page = Jsoup.parse(first.resolve("index.html").toFile(), "UTF-8");
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
        assertThat(page.select("script[src], link[href], img, iframe"))
                .as("nothing loaded from elsewhere")
                .isEmpty();
        // The downloads are files beside the page; only the header and the press room (the
        // release's own links, the contacts) link out.
        assertThat(page.select("main > :not(.room) a[href]").eachAttr("href"))
                .contains("presskit-2023-press.zip", "contacts.vcf", "presskit-2023-region-18.zip")
                .allMatch(h -> !h.contains("://"));
        assertThat(page.select("label[for=filter]").text()).isEqualTo("Sök kommun eller län");
        String data = page.getElementById("presskit-data").data();
        assertThat(page.getElementById("presskit-places").data())
                .contains("\"municipalities/1880-orebro/x/local\"")
                .contains("Örebro");
        assertThat(data)
                .contains(
                        "\"links\":[{\"title\":\"Visions webbplats\",\"url\":\"https://vision.se/\"");
        // About 1 800 posts on five networks: each text once, so the page stays well under 2 MB.
        assertThat(Files.size(first.resolve("index.html")))
                .as("the page stays small")
                .isLessThan(2_000_000);
    }

    @Test
    void noPdfLeavesThePdfsOut() throws IOException {
        Cli.Run run =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--only",
                        "national",
                        "--out",
                        tmp.resolve("c").toString());
        assertThat(run.status()).as(run.all()).isZero();
        Path year = tmp.resolve("c/2023");
        assertThat(year.resolve("national/release.html")).isRegularFile();
        assertThat(year.resolve("national/release.pdf")).doesNotExist();
        assertThat(Files.readString(year.resolve("manifest.json"))).doesNotContain("release.pdf");
        try (ZipFile press = new ZipFile(year.resolve("presskit-2023-press.zip").toFile())) {
            assertThat(press.stream().map(ZipEntry::getName))
                    .contains("presskit-2023-press/Hela landet/Pressmeddelande.html")
                    .noneMatch(e -> e.endsWith(".pdf"));
        }
    }

    private static String readMe(String zip) throws IOException {
        try (ZipFile file = new ZipFile(first.resolve(zip).toFile(), StandardCharsets.UTF_8)) {
            ZipEntry e = file.getEntry(zip.replace(".zip", "/") + "LÄSMIG.txt");
            return new String(file.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n");
        }
    }

    private static List<String> entries(String zip) throws IOException {
        try (ZipFile file = new ZipFile(first.resolve(zip).toFile(), StandardCharsets.UTF_8)) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }
}
