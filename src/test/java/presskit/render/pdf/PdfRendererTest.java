package presskit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A release's HTML as PDF: A4, fonts embedded, Swedish letters intact, organisation and embargo in
 * the header.
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

    @Test
    void rendersSelectableSwedishTextOnA4WithEmbeddedFontsAndAHeader() throws IOException {
        byte[] pdf =
                new PdfRenderer(HTML + "Förbundet Vision").render(HTML, "Förbundet \"Vision\"");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
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
    void noEmbargoLeavesTheHeaderWithTheOrganisationOnly() throws IOException {
        String html =
                HTML.replace(
                        "<p class=\"embargo\">Under embargo till måndag 18 september 2023 kl. 06.00</p>",
                        "");
        try (PDDocument doc = Loader.loadPDF(new PdfRenderer(html).render(html, "Vision"))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).startsWith("Vision").doesNotContain("embargo");
        }
    }
}
