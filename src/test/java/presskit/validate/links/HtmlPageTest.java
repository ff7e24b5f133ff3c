package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

    private static final String PAGE =
            "<html><head><meta charset=\"%s\"><title>Välfärd för alla</title>"
                    + "<meta name=\"og:title\" content=\"Socialchefer larmar\">"
                    + "<meta property=\"og:image\" content=\"bilder/kort.png\"></head>"
                    + "<body><h1> Rapporten </h1><h1>Andra</h1></body></html>";

    private static byte[] page(Charset charset) {
        return String.format(PAGE, charset.name()).getBytes(charset);
    }

    @Test
    void readsTitleFirstHeadingAndTags() {
        HtmlPage page =
                HtmlPage.parse(page(StandardCharsets.UTF_8), "utf-8", "https://vision.se/rapport/");
        assertThat(page.title()).isEqualTo("Välfärd för alla");
        assertThat(page.heading()).isEqualTo("Rapporten");
        assertThat(page.og())
                .isEqualTo(
                        new OpenGraph(
                                "Socialchefer larmar",
                                null,
                                "https://vision.se/rapport/bilder/kort.png"));
    }

    @Test
    void charsetComesFromTheHeaderElseTheMetaTagElseUtf8() {
        byte[] latin1 = page(StandardCharsets.ISO_8859_1);
        assertThat(HtmlPage.parse(latin1, null, "https://vision.se/").title())
                .isEqualTo("Välfärd för alla");
        assertThat(HtmlPage.parse(latin1, "ISO-8859-1", "https://vision.se/").title())
                .isEqualTo("Välfärd för alla");
        byte[] bare = "<title>Välfärd</title>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlPage.parse(bare, "no-such-charset", "https://vision.se/").title())
                .isEqualTo("Välfärd");
    }

    @Test
    void pageWithoutHeadingOrTagsGivesNulls() {
        HtmlPage page =
                HtmlPage.parse(
                        "<p>Bara text".getBytes(StandardCharsets.UTF_8),
                        null,
                        "https://vision.se/");
        assertThat(page).isEqualTo(new HtmlPage(null, null, OpenGraph.NONE));
    }
}
