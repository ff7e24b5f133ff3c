package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every release PDF of both shipped years, national and regional, is one a press officer attaches:
 * the contacts and the short figure list on one page each, "1 (2)" page numbers, the headline never
 * ending a line on one word, links printed as addresses, and a tagged PDF in Swedish with its
 * title. What each release should hold is read from the {@code release.html} it is made from.
 */
class ReleasePdfTest {

    @TempDir static Path tmp;

    private static Path year2022;

    @BeforeAll
    static void build2022() {
        Cli.Run run = Cli.run("build", "--year", "2022", "--out", tmp.toString());
        assertThat(run.status()).as(run.all()).isZero();
        year2022 = tmp.resolve("2022");
    }

    static Stream<Path> releases() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (Path year : List.of(SharedKit.year(), year2022)) {
            try (Stream<Path> files = Files.walk(year)) {
                files.filter(p -> p.getFileName().toString().equals("release.pdf"))
                        .sorted()
                        .forEach(pdfs::add);
            }
        }
        assertThat(pdfs).hasSize(2 * 22);
        return pdfs.stream();
    }

    @ParameterizedTest
    @MethodSource("releases")
    void eachContactIsOnOnePageWithTheOthers(Path pdf) throws IOException {
        Document html = html(pdf);
        List<Element> contacts = html.select("p.contact");
        assertThat(contacts).isNotEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = pages(doc);
            List<Integer> found = new ArrayList<>();
            for (Element contact : contacts) {
                String name = contact.text().substring(0, contact.text().indexOf(','));
                String email = contact.selectFirst("a[href^=mailto:]").text();
                int page = pageWith(pages, name);
                assertThat(page).as(name + " in " + pdf).isNotNegative();
                assertThat(pageWith(pages, email)).as(email + " in " + pdf).isEqualTo(page);
                found.add(page);
            }
            assertThat(found).as("the contacts of " + pdf).containsOnly(found.get(0));
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void theShortFigureListIsOnOnePage(Path pdf) throws IOException {
        List<Element> items = html(pdf).select("li");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = pages(doc);
            int heading = pageWith(pages, "Siffror i korthet");
            for (Element item : items) {
                assertThat(pageWith(pages, item.text())).as(item.text()).isEqualTo(heading);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void everyPageIsNumberedInTheFooterAsSwedishLettersAre(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new ArrayList<>();
            PDFTextStripper stripper = byPosition();
            int count = doc.getNumberOfPages();
            for (int page = 1; page <= count; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> pageLines = stripper.getText(doc).strip().lines().toList();
                lines.add(pageLines.get(pageLines.size() - 1).strip());
            }
            List<String> expected = new ArrayList<>();
            for (int page = 1; page <= count; page++) {
                expected.add(page + " (" + count + ")");
            }
            assertThat(lines).as("the last line of each page").isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void theHeadlineEndsNoLineOnOneWord(Path pdf) throws IOException {
        String headline = flat(html(pdf).selectFirst("h1").text());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = byPosition();
            stripper.setEndPage(1);
            List<String> lines = stripper.getText(doc).lines().map(ReleasePdfTest::flat).toList();
            List<String> headlineLines = linesOf(lines, headline);
            assertThat(headlineLines).as("the headline's lines in " + pdf).isNotEmpty();
            assertThat(headlineLines).allSatisfy(line -> assertThat(line).contains(" "));
            if (headline.contains(": ") && headlineLines.size() > 1) {
                assertThat(headlineLines.get(0)).endsWith(":");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void everyWebLinkIsPrintedWithItsAddress(Path pdf) throws IOException {
        List<String> hrefs = html(pdf).select("a[href^=http]").eachAttr("href");
        assertThat(hrefs).isNotEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", "");
            assertThat(text).contains(hrefs);
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void isTaggedInSwedishWithTheHeadlineAsItsTitle(Path pdf) throws IOException {
        String title = html(pdf).title();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("sv-SE");
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
        }
    }

    private static Document html(Path pdf) throws IOException {
        return Jsoup.parse(pdf.resolveSibling("release.html").toFile());
    }

    private static PDFTextStripper byPosition() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** Each page's text, on one line, spaces of every kind as one. */
    private static List<String> pages(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = byPosition();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(flat(stripper.getText(doc)));
        }
        return pages;
    }

    /** The first page (from 1) whose text holds {@code text}, or -1. */
    private static int pageWith(List<String> pages, String text) {
        String wanted = flat(text);
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(wanted)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The consecutive lines that together read {@code text}, or none. */
    private static List<String> linesOf(List<String> lines, String text) {
        for (int start = 0; start < lines.size(); start++) {
            StringBuilder read = new StringBuilder();
            for (int end = start; end < lines.size(); end++) {
                read.append(read.isEmpty() ? "" : " ").append(lines.get(end));
                if (read.toString().equals(text)) {
                    return lines.subList(start, end + 1);
                }
                if (!text.startsWith(read.toString())) {
                    break;
                }
            }
        }
        return List.of();
    }

    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
