package presskit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The release's HTML made ready for paper: no word alone, no name or date split, addresses shown.
 */
class PrintTextTest {

    private static final char NBSP = '\u00A0';

    private static Document printed(String body, List<String> names) {
        Document page = Jsoup.parse("<html><body>" + body + "</body></html>");
        PrintText.apply(page, names);
        return page;
    }

    @Test
    void theHeadlineBreaksAfterItsColonAndKeepsItsLastTwoWordsTogether() {
        Document page =
                printed(
                        "<h1>Skolrapporten 2025: Lärarna får inte tid att undervisa</h1>",
                        List.of());

        assertThat(page.selectFirst("h1 .title").text()).isEqualTo("Skolrapporten 2025:");
        assertThat(page.selectFirst("h1").wholeText())
                .isEqualTo("Skolrapporten 2025:Lärarna får inte tid att" + NBSP + "undervisa");
    }

    @Test
    void namesAndDatesStayOnOneLine() {
        Document page =
                printed(
                        "<p>– Vi behöver fler lärare, säger Anna Karin Lind, ordförande.</p>"
                                + "<p>Enkäten gick ut 15 maj och stängde 28 juni 2025.</p>",
                        List.of("Anna Karin Lind", "Lind"));

        assertThat(page.select("p").get(0).wholeText())
                .contains("säger Anna" + NBSP + "Karin" + NBSP + "Lind, ordförande");
        assertThat(page.select("p").get(1).wholeText())
                .contains("15" + NBSP + "maj och")
                .contains("28" + NBSP + "juni" + NBSP + "2025.");
    }

    @Test
    void aLinkPrintsItsAddressUnlessItsTextIsTheAddress() {
        Document page =
                printed(
                        "<p>Läs mer: <a href=\"https://skolfacket.se/rapport?id=1\">Rapporten</a></p>"
                                + "<p>Webbplats: <a href=\"https://skolfacket.se/\">https://skolfacket.se/</a></p>"
                                + "<p>E-post: <a href=\"mailto:press@skolfacket.se\">press@skolfacket.se</a></p>",
                        List.of());

        assertThat(page.select("p").eachText())
                .containsExactly(
                        "Läs mer: Rapporten (https://skolfacket.se/rapport?id=1)",
                        "Webbplats: https://skolfacket.se/",
                        "E-post: press@skolfacket.se");
    }
}
