package presskit.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The "did you mean …?" of an error: the nearest known key for a typing slip, nothing for a
 * stranger.
 */
class SuggestionsTest {

    private static final List<String> KEYS =
            List.of(
                    "speaker",
                    "role",
                    "text",
                    "title",
                    "subtitle",
                    "hashtags",
                    "links",
                    "lede",
                    "body",
                    "published",
                    "embargo",
                    "respondents",
                    "response_rate");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "speeker, speaker",
                "titel, title",
                "Title, title",
                "hashtag, hashtags",
                "hastags, hashtags",
                "embrago, embargo",
                "publised, published",
                "respondent, respondents",
                "response-rate, response_rate",
                "rol, role",
                "lead, lede",
                "bdy, body",
                "citat, -",
                "organisation, -",
                "x, -",
            })
    void suggestsTheNearestKnownKey(String typed, String expected) {
        assertThat(Suggestions.closest(typed, KEYS)).isEqualTo(Optional.ofNullable(expected));
    }

    private static final List<String> ROLES =
            List.of(
                    "ordförande",
                    "1:e vice ordförande",
                    "vice ordförande",
                    "2:e vice ordförande",
                    "3:e vice ordförande",
                    "ledamot",
                    "ersättare");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ordf., ordförande",
                "Ordf, ordförande",
                "v. ordf., vice ordförande",
                "vice ordf., vice ordförande",
                "2:e v. ordf., 2:e vice ordförande",
                "led., ledamot",
                "ers., ersättare",
                "ordf. led., -",
                "sekreterare, -",
                "'', -",
            })
    void expandsAnAbbreviationWordByWord(String typed, String expected) {
        assertThat(Suggestions.expanded(typed == null ? "" : typed, ROLES))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
