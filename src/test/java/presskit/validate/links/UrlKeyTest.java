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

    @Test
    void hostIncludesThePort() {
        assertThat(UrlKey.host("http://127.0.0.1:8080/a?b")).isEqualTo("127.0.0.1:8080");
        assertThat(UrlKey.host("mailto:press@vision.se")).isEmpty();
    }
}
