package presskit.variant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure opening a sentence never starts with digits: the claim's verb goes before a value
 * written as a number. The figures are invented.
 */
class FigureViewTest {

    @ParameterizedTest(name = "{0}, {3} → {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "åtta av tio|socialchefer|har svårt att rekrytera|i hela landet|true"
                        + "|åtta av tio socialchefer i hela landet har svårt att rekrytera",
                "hälften|av lärarna|har svårt att hinna|i Örebro län|true"
                        + "|hälften av lärarna i Örebro län har svårt att hinna",
                "53 procent|av socialcheferna|har mycket svårt att ge insatser|i hela landet|true"
                        + "|i hela landet har 53 procent av socialcheferna mycket svårt att ge insatser",
                "61 procent|av lärarna|anger att tiden inte räcker|i Uppsala län|true"
                        + "|i Uppsala län anger 61 procent av lärarna att tiden inte räcker",
                "53 procent|av socialcheferna|har svårt|i hela landet|false"
                        + "|av socialcheferna har 53 procent svårt",
            })
    void theOpeningOfASentence(
            String said, String who, String claim, String where, boolean place, String opening) {
        FigureView figure = new FigureView("id", said, who, claim, where, false, "Rapporten");

        assertThat(figure.opening(place)).isEqualTo(opening);
    }
}
