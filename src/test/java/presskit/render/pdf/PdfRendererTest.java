package presskit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A release's HTML as PDF: A4, fonts embedded, Swedish letters intact, organisation and embargo in
 * the header, page numbers in the footer, the logo in the letterhead, tagged in the HTML's
 * language.
 */
class PdfRendererTest {

    private static final String HTML =
            """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Rubrik</title></head>
            <body><article>
            <p class="embargo">Under embargo till måndag 18 september 2023 kl. 06.00</p>
            <h1>Åtta av tio socialchefer: svårt att rekrytera</h1>
            <p>Ärligt talat är läget för socialtjänsten i Örebro svårt.<br>Ny rad.</p>
            <ul><li>Hälften av socialcheferna</li></ul>
            </article></body></html>
            """;

    /** Long enough for two pages. */
    private static final String LONG = HTML.replace("<ul>", "<p>Stycke.</p>".repeat(30) + "<ul>");

    private static final String NO_EMBARGO =
            LONG.replace(
                    "<p class=\"embargo\">Under embargo till måndag 18 september 2023 kl. 06.00</p>",
                    "");

    @Test
    void rendersSelectableSwedishTextOnA4WithEmbeddedFontsAndAHeader() throws IOException {
        byte[] pdf =
                new PdfRenderer(LONG + "Förbundet Vision").render(LONG, "Förbundet \"Vision\"");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
            assertThat(text)
                    .contains("Åtta av tio socialchefer: svårt att rekrytera")
                    .contains("Ärligt talat är läget för socialtjänsten i Örebro svårt.")
                    .contains("Hälften av socialcheferna")
                    .contains("Förbundet \"Vision\"")
                    .contains("Under embargo till måndag 18 september 2023 kl. 06.00");
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth())
                    .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight())
                    .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void theSameHtmlGivesTheSameBytes() {
        PdfRenderer renderer = new PdfRenderer(HTML);
        assertThat(renderer.render(HTML, "Vision"))
                .isEqualTo(new PdfRenderer(HTML).render(HTML, "Vision"));
    }

    @Test
    void noEmbargoLeavesTheHeaderWithTheOrganisationOnlyFromPageTwoOn() throws IOException {
        String html = NO_EMBARGO;
        try (PDDocument doc = Loader.loadPDF(new PdfRenderer(html).render(html, "Vision"))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(page(doc, 1)).doesNotContain("Vision").doesNotContain("embargo");
            assertThat(page(doc, 2)).startsWith("Vision\n").doesNotContain("embargo");
        }
    }

    @Test
    void pagesAreNumberedInTheFooterTheSwedishWay() throws IOException {
        try (PDDocument doc = Loader.loadPDF(new PdfRenderer(LONG).render(LONG, "Vision"))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(page(doc, 1).strip()).endsWith("\n1 (2)");
            assertThat(page(doc, 2).strip()).endsWith("\n2 (2)");
        }
    }

    @Test
    void theLetterheadCarriesTheLogoWithTheOrganisationAsItsText() throws IOException {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/logo/exempel-logo.png"));
        String html =
                NO_EMBARGO.replace(
                        "<body>",
                        "<body><header class=\"sender\"><p>Vision</p><p>Pressmeddelande</p></header>");
        PdfRenderer renderer = new PdfRenderer(html, List.of(), png);
        try (PDDocument doc = Loader.loadPDF(renderer.render(html, "Vision"))) {
            PDResources resources = doc.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
            assertThat(page(doc, 1)).startsWith("Vision\nPressmeddelande\n");
        }
    }

    @Test
    void isTaggedWithTheHtmlsLanguageAndTitle() throws IOException {
        String html = HTML.replace("lang=\"sv\"", "lang=\"sv-SE\"");
        try (PDDocument doc = Loader.loadPDF(new PdfRenderer(html).render(html, "Vision"))) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Rubrik");
        }
    }

    private static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
