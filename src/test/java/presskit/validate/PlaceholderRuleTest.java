package presskit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlaceholderRuleTest {

    /** Texts with and without leftovers; invented for the test. */
    private static final List<String> TEXTS =
            List.of(
                    "Elevhälsan behöver fler kuratorer {antal-kuratorer} #skolpersonal",
                    "Se ${figure.value} i rapporten",
                    "Pris $ {antal} och ${",
                    "TODO skriv ingressen",
                    "Ingressen TODO",
                    "ATODO är inget ord, men TODO är det",
                    "TODOS och {ej}",
                    "En { ensam klammer och {Stor} med versal, sedan {rätt-namn}",
                    "body { margin: 0 } p{color:red} {-x} {a b}",
                    "{",
                    "$",
                    "",
                    "Skolpersonal larmar: 55 procent saknar kurator.\n\nLäs mer: https://example.org");

    @Test
    void findsWhatTheRuleSPatternFinds() {
        for (String text : TEXTS) {
            assertSame(text);
        }
    }

    @Test
    void findsWhatThePatternFindsInEveryShippedTemplate() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertSame(Files.readString(file));
            }
        }
    }

    @Test
    void findsWhatThePatternFindsInRandomTexts() {
        char[] alphabet = {'{', '}', '$', 'T', 'O', 'D', 'a', 'ö', '9', '-', ' ', '\n', 'x'};
        Random random = new Random(18);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        texts.forEach(PlaceholderRuleTest::assertSame);
    }

    private static void assertSame(String text) {
        Matcher expected = PlaceholderRule.LEFTOVER.matcher(text);
        MatchResult found = PlaceholderRule.leftover(text);
        if (expected.find()) {
            assertThat(found).as(text).isNotNull();
            assertThat(found.start()).as(text).isEqualTo(expected.start());
            assertThat(found.group()).as(text).isEqualTo(expected.group());
        } else {
            assertThat(found).as(text).isNull();
        }
    }
}
