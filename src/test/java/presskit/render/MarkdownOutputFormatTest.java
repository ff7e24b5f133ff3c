package presskit.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value from the YAML, written into Markdown, reads as the same text once rendered: nothing in it
 * turns into emphasis, a link, a heading, a list, a quote, a table or HTML ("\n" stands for a line
 * break).
 */
class MarkdownOutputFormatTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '§',
            value = {
                "Vanlig text, med komma och punkt.§Vanlig text, med komma och punkt.",
                "Åtta av tio – 53 procent!§Åtta av tio – 53 procent!",
                "Vision & Akademikerförbundet SSR§Vision & Akademikerförbundet SSR",
                "*viktigt*§\\*viktigt\\*",
                "__understruket__§\\_\\_understruket\\_\\_",
                "socialchefs_rapporten§socialchefs\\_rapporten",
                "[länk](https://vision.se/)§\\[länk\\](https://vision.se/)",
                "`kod`§\\`kod\\`",
                "<script>alert(1)</script>§\\<script\\>alert(1)\\</script\\>",
                "a | b§a \\| b",
                "C:\\mapp§C:\\\\mapp",
                "# Inte en rubrik§\\# Inte en rubrik",
                "- inte en punkt§\\- inte en punkt",
                "+ inte en punkt§\\+ inte en punkt",
                "> inte ett citat§\\> inte ett citat",
                "Mitt i - raden # och + här§Mitt i - raden # och + här",
                "Första raden\\n# andra\\n- tredje§Första raden\\n\\# andra\\n\\- tredje",
            })
    void interpolatedTextIsEscaped(String value, String expected) {
        String text = value.replace("\\n", "\n");

        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText(text))
                .isEqualTo(expected.replace("\\n", "\n"));
    }
}
