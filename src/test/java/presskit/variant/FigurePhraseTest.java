package presskit.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import presskit.model.Figure;
import presskit.model.FigureUnit;

/** How a figure is said in a Swedish sentence, and how placeholders in texts are filled. */
class FigurePhraseTest {

    private static Figure figure(String value, FigureUnit unit, String said) {
        return new Figure(
                "andel",
                new BigDecimal(value),
                unit,
                said,
                "socialchefer",
                "har svårt att rekrytera",
                "Rapporten",
                Map.of());
    }

    @ParameterizedTest(name = "{0} av tio is said \"{1}\"")
    @CsvSource({
        "0, noll av tio",
        "1, en av tio",
        "2, två av tio",
        "3, tre av tio",
        "4, fyra av tio",
        "5, fem av tio",
        "6, sex av tio",
        "7, sju av tio",
        "8, åtta av tio",
        "9, nio av tio",
        "10, tio av tio",
    })
    void outOfTenIsSaidInWords(String value, String expected) {
        Figure figure = figure(value, FigureUnit.OUT_OF_TEN, "");

        assertThat(FigurePhrase.said(figure, new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} percent is said \"{1}\"")
    @CsvSource({
        "53, 53 procent",
        "7, 7 procent",
        "100, 100 procent",
        "0, 0 procent",
        "2.5, '2,5 procent'",
        "2.50, '2,5 procent'",
        "0.75, '0,75 procent'",
        "53.0, 53 procent",
    })
    void aPercentageIsSaidInDigitsWithADecimalComma(String value, String expected) {
        Figure figure = figure(value, FigureUnit.PERCENT, "");

        assertThat(FigurePhrase.said(figure, new BigDecimal(value))).isEqualTo(expected);
    }

    /** Between thousands a non-breaking space (U+00A0), so that "12 400" stays on one line. */
    @ParameterizedTest(name = "a count of {0} is said \"{1}\"")
    @CsvSource({
        "0, 0",
        "7, 7",
        "999, 999",
        "1000, 1\u00A0000",
        "12400, 12\u00A0400",
        "207000, 207\u00A0000",
        "1000000000, 1\u00A0000\u00A0000\u00A0000",
    })
    void aCountIsSaidWithANonBreakingSpaceBetweenThousands(String value, String expected) {
        Figure figure = figure(value, FigureUnit.COUNT, "");

        assertThat(FigurePhrase.said(figure, new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "national 50 % said \"hälften\"; value {0} is said \"{1}\"")
    @CsvSource({
        "50, hälften",
        "48, 48 procent",
        "61, 61 procent",
    })
    void theFiguresOwnWordingIsForItsNationalValueOnly(String value, String expected) {
        Figure half = figure("50", FigureUnit.PERCENT, "hälften");

        assertThat(FigurePhrase.said(half, new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "{andel} socialchefer svarar ja.|Åtta av tio socialchefer svarar ja.",
                "Hela {andel} socialchefer svarar ja.|Hela åtta av tio socialchefer svarar ja.",
                "Läget är allvarligt. {andel} saknar folk.|Läget är allvarligt. Åtta av tio saknar folk.",
                "Vet du? {andel} saknar folk!|Vet du? Åtta av tio saknar folk!",
                "Nu! {andel} saknar folk.|Nu! Åtta av tio saknar folk.",
                "  {andel} saknar folk.|  Åtta av tio saknar folk.",
                "Rapporten visar att {andel} saknar folk.|Rapporten visar att åtta av tio saknar folk.",
                "{andel} och {andel}.|Åtta av tio och åtta av tio.",
                "{okand} saknar folk.|{okand} saknar folk.",
                "Inga siffror här.|Inga siffror här.",
                "Kostnad: {andel}|Kostnad: åtta av tio",
            })
    void placeholdersAreFilledAndCapitalisedAtTheStartOfASentence(String text, String expected) {
        Map<String, String> said = Map.of("andel", "åtta av tio");

        assertThat(FigurePhrase.fill(text, said::get)).isEqualTo(expected);
    }

    /** A line break ("\\n" in the table) starts a new line or paragraph, so a sentence too. */
    @ParameterizedTest(name = "a new line starts a sentence: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Rapporten 2023\\n{andel} saknar folk.|Rapporten 2023\\nÅtta av tio saknar folk.",
                "Läget i landet:\\n\\n{andel} saknar folk.|Läget i landet:\\n\\nÅtta av tio saknar folk.",
            })
    void aPlaceholderOpeningALineIsCapitalised(String text, String expected) {
        Map<String, String> said = Map.of("andel", "åtta av tio");

        assertThat(FigurePhrase.fill(text.replace("\\n", "\n"), said::get))
                .isEqualTo(expected.replace("\\n", "\n"));
    }
}
