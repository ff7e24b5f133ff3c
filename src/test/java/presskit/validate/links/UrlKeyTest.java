package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlKeyTest {

    @Test
    void trackingParametersAndFragmentAreDropped() {
        assertThat(
                        UrlKey.of(
                                "https://vision.se/rapport?utm_source=x&utm_medium=social&utm_campaign=scr#fakta"))
                .isEqualTo("https://vision.se/rapport");
    }

    @Test
    void otherParametersStayInTheirOrder() {
        assertThat(UrlKey.of("https://vision.se/sok?q=chef&UTM_Source=x&page=2"))
                .isEqualTo("https://vision.se/sok?q=chef&page=2");
    }

    @Test
    void schemeAndHostAreCaseInsensitiveButThePathIsNot() {
        assertThat(UrlKey.of("  HTTPS://Vision.SE/Rapport  "))
                .isEqualTo("https://vision.se/Rapport");
    }

    /** Invented credentials: they are dropped, not lower-cased into the key. */
    @Test
    void userNameAndPasswordAreDroppedAndNothingButSchemeAndHostIsLowerCased() {
        assertThat(UrlKey.of("HTTP://LinkUser:SECRETPASS123@Vision.SE:8080/Rapport/A?Q=B"))
                .isEqualTo("http://vision.se:8080/Rapport/A?Q=B");
        assertThat(UrlKey.of("https://user:p@ss@vision.se/")).isEqualTo("https://vision.se/");
        assertThat(UrlKey.of("https://vision.se/konto/@vision_fack"))
                .isEqualTo("https://vision.se/konto/@vision_fack");
        assertThat(UrlKey.of("mailto:press@vision.se")).isEqualTo("mailto:press@vision.se");
    }

    @Test
    void theHostOfAKeyIsTheHostTheRequestGoesTo() {
        assertThat(UrlKey.host("http://u1@127.0.0.1:8080/a")).isEqualTo("127.0.0.1:8080");
        assertThat(UrlKey.host("http://u2:pw@127.0.0.1:8080/b")).isEqualTo("127.0.0.1:8080");
    }

    @Test
    void hostIncludesThePort() {
        assertThat(UrlKey.host("http://127.0.0.1:8080/a?b")).isEqualTo("127.0.0.1:8080");
        assertThat(UrlKey.host("mailto:press@vision.se")).isEmpty();
    }
}
