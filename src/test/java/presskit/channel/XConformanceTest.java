package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * X's length agrees with twitter-text's own conformance suite, read as data so new cases count too.
 */
class XConformanceTest {

    private static final List<String> SECTIONS =
            List.of(
                    "WeightedTweetsWithDiscountedEmojiCounterTest",
                    "UnicodeDirectionalMarkerCounterTest");

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in =
                        XConformanceTest.class.getResourceAsStream("/twitter-text/validate.yml");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Map<String, Object> root =
                    new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Map<String, Object> tests = (Map<String, Object>) root.get("tests");
            return SECTIONS.stream()
                    .flatMap(
                            section -> {
                                List<Map<String, Object>> list =
                                        (List<Map<String, Object>>) tests.get(section);
                                assertThat(list).as(section).isNotEmpty();
                                return list.stream()
                                        .map(
                                                c ->
                                                        Arguments.of(
                                                                section
                                                                        + ": "
                                                                        + c.get("description"),
                                                                c.get("text"),
                                                                ((Map<String, Object>)
                                                                                c.get("expected"))
                                                                        .get("weightedLength"),
                                                                ((Map<String, Object>)
                                                                                c.get("expected"))
                                                                        .get("valid")));
                            })
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void weightedLengthMatches(String description, String text, int weightedLength, boolean valid) {
        Channel x = Channels.builtIn().get("x");
        assertThat(x.length(text)).isEqualTo(weightedLength);
        if (valid) {
            // twitter-text's own verdict also rejects invalid characters, which are not a length
            // matter.
            assertThat(x.fits(text)).isTrue();
        } else if (weightedLength > 280) {
            assertThat(x.fits(text)).isFalse();
        }
    }

    @Test
    void bothSectionsAreRead() throws IOException {
        assertThat(cases().count()).isGreaterThan(20);
    }
}
