package presskit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderRuleTest {

    /** Texts with and without leftovers; invented for the test. */
    private static final List<String> TEXTS =
            List.of(
                    "Elevhälsan behöver fler kuratorer {antal-kuratorer} #skolpersonal",
                    "Se ${figure.value} i rapporten",
                    "TODO skriv ingressen",
                    "Ingressen TODO",
                    "ATODO är inget ord",
                    "En { ensam klammer",
                    "Klamrar {} utan namn och {Stor} med versal",
                    "{",
                    "",
                    "Skolpersonal larmar: 55 procent saknar kurator.\n\nLäs mer: https://example.org",
                    "Hälsningar från @skolfacket och #skolpersonal");

    @Test
    void everyTextTheRuleWouldFlagIsScanned() {
        for (String text : TEXTS) {
            if (PlaceholderRule.LEFTOVER.matcher(text).find()) {
                assertThat(PlaceholderRule.mayHoldLeftover(text)).as(text).isTrue();
            }
        }
    }

    @Test
    void aTextWithNoBraceAndNoTodoIsNotScanned() {
        assertThat(PlaceholderRule.mayHoldLeftover(TEXTS.get(9))).isFalse();
        assertThat(PlaceholderRule.mayHoldLeftover(TEXTS.get(10))).isFalse();
        assertThat(PlaceholderRule.mayHoldLeftover("")).isFalse();
    }
}
