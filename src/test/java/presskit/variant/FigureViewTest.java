package presskit.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
                "61 procent|lärare|anger att tiden inte räcker|i hela landet|false"
                        + "|enligt Rapporten anger 61 procent lärare att tiden inte räcker",
            })
    void theOpeningOfASentence(
            String said, String who, String claim, String where, boolean place, String opening) {
        FigureView figure =
                new FigureView("id", said, who, claim, where, false, "Rapporten", false, said);

        assertThat(figure.opening(place)).isEqualTo(opening);
    }

    /** A count never opens a sentence with its digits, in a list item or a post. */
    @ParameterizedTest(name = "{0} {1}, place {3} → {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "12\u00A0400|heltidstjänster|saknas|i hela landet|true"
                        + "|I hela landet saknas 12\u00A0400 heltidstjänster.",
                "12\u00A0400|heltidstjänster|saknas|i hela landet|false"
                        + "|Totalt saknas 12\u00A0400 heltidstjänster.",
                "340|lärare|har sagt upp sig i år|i Uppsala län|false"
                        + "|Totalt har 340 lärare sagt upp sig i år.",
                "12\u00A0400|''|saknas i skolorna|i hela landet|true"
                        + "|I hela landet saknas 12\u00A0400 i skolorna.",
                "12\u00A0400|''|saknas i skolorna|i hela landet|false"
                        + "|Totalt saknas 12\u00A0400 i skolorna.",
                "drygt tolv tusen|lärare|saknas|i hela landet|false"
                        + "|Drygt tolv tusen lärare saknas.",
            })
    void aCountNeverOpensASentenceWithDigits(
            String said, String who, String claim, String where, boolean place, String sentence) {
        FigureView figure =
                new FigureView("id", said, who, claim, where, false, "Rapporten", true, said);

        assertThat(place ? figure.sentenceWithPlace() : figure.sentence()).isEqualTo(sentence);
        assertThat(figure.start(place) + ".").isEqualToIgnoringCase(sentence);
    }

    /** A list of figures, a bullet each, never opens a bullet with digits either. */
    @ParameterizedTest(name = "{0} {1} → {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "62 procent|av lärarna|har fått större klasser|i hela landet"
                        + "|Av lärarna har 62 procent fått större klasser."
                        + "|I hela landet har 62 procent av lärarna fått större klasser.",
                "sju av tio|lärare|hinner inte planera|i hela landet"
                        + "|Sju av tio lärare hinner inte planera."
                        + "|Sju av tio lärare i hela landet hinner inte planera.",
            })
    void aSentenceOfAFigureNeverOpensWithDigits(
            String said, String who, String claim, String where, String plain, String placed) {
        FigureView figure =
                new FigureView("id", said, who, claim, where, false, "Rapporten", false, said);

        assertThat(figure.sentence()).isEqualTo(plain);
        assertThat(figure.sentenceWithPlace()).isEqualTo(placed);
    }

    /** A regional lede says the region's value as the region's and the national one as national. */
    @Test
    void aRegionalLedeComparesEachRegionalValueWithTheNationalOne() {
        FigureView planning =
                new FigureView(
                        "planering",
                        "åtta av tio",
                        "lärare",
                        "hinner inte planera sina lektioner",
                        "i Uppsala län",
                        true,
                        "Enkäten",
                        false,
                        "sju av tio");
        FigureView classes =
                new FigureView(
                        "klasser",
                        "71 procent",
                        "av lärarna",
                        "har fått större klasser",
                        "i Uppsala län",
                        true,
                        "Enkäten",
                        false,
                        "62 procent");

        assertThat(RegionalLede.of(List.of(planning, classes), "Enkäten 2025"))
                .isEqualTo(
                        "I Uppsala län hinner åtta av tio lärare inte planera sina lektioner, visar"
                                + " Enkäten 2025. I hela landet är det sju av tio. I länet har 71"
                                + " procent av lärarna fått större klasser, mot 62 procent i hela"
                                + " landet.");
    }
}
