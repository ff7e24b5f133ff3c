package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotFoundWordingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sidan kunde inte hittas",
                "Sidan finns inte",
                "Sidan du söker finns inte – Vision",
                "Sidan hittades inte",
                "Hoppsan! Sidan kunde inte hittas",
                "404",
                "404 | Vision",
                "404 - Sidan finns inte",
                "Fel 404",
                "Error 404 | Vision",
                "HTTP Status 404",
                "404 Page not found",
                "Page not found",
                "Not Found",
                "The page you requested could not be found",
                "This page does not exist",
                "This page doesn’t exist",
                "SIDAN FINNS INTE"
            })
    void recognisesPagesSayingTheyDoNotExist(String text) {
        assertThat(NotFoundWording.saysNotFound(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Socialchefsrapporten 2023",
                "Vision – fackförbundet för dig som vill påverka",
                "Finns det resurser?",
                "4040 socialsekreterare",
                "Foundations of social work",
                "Sida 404",
                "404 socialsekreterare slutar",
                "Rapport 404 av 500",
                ""
            })
    void leavesOrdinaryTitlesAlone(String text) {
        assertThat(NotFoundWording.saysNotFound(text)).isFalse();
    }
}
