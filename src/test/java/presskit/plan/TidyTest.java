package presskit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a template writes becomes the output without the blanks its directives leave: no blanks at a
 * line's end or around the text, no two empty lines in a row, CR LF read as a line end; a no-break
 * space is text.
 */
class TidyTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|''|empty",
                "' \\n\\t\\n'|''|blanks only",
                "'\\n\\n  Ett.  \\n\\n\\n\\nTvå.\\t\\n\\n'|'Ett.\\n\\nTvå.'|blank lines around and between",
                "'Ett.\\r\\n\\r\\n\\r\\nTvå.\\r\\n'|'Ett.\\n\\nTvå.'|CR LF line ends",
                "'Ett.\\rTvå. \\r\\n'|'Ett.\\rTvå.'|a lone CR stays in its line",
                "'Ett.\\r\\r\\nTvå.'|'Ett.\\nTvå.'|CRs before a line end are blanks",
                "'Ett.\\u00A0\\n \\u00A0\\nTvå.'|'Ett.\\u00A0\\n \\u00A0\\nTvå.'|a no-break space is text",
                "'  Ett:\\n    två\\n'|'Ett:\\n    två'|indentation inside the text stays",
            })
    void leavesTheTextAndOneEmptyLineBetweenParagraphs(
            String rendered, String tidied, String what) {
        assertThat(KitBuilder.tidy(unescape(rendered))).isEqualTo(unescape(tidied));
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r")
                .replace("\\n", "\n")
                .replace("\\t", "\t")
                .replace("\\u00A0", "\u00A0");
    }
}
