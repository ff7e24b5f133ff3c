package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dropping an optional hashtag to make a post fit: the last one written, only as a whole word,
 * leaving the rest of the post as it was ("\n" stands for a line break, "-" for "nothing can be
 * dropped").
 */
class HashtagDropperTest {

    @ParameterizedTest(name = "{0} without one of [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "Ny rapport #socialtjänst #välfärd|socialtjänst,välfärd|Ny rapport #socialtjänst|välfärd",
                "Ny rapport #välfärd #socialtjänst|välfärd|Ny rapport #socialtjänst|välfärd",
                "Ny rapport #välfärd i dag|#välfärd|Ny rapport i dag|#välfärd",
                "#Välfärd i fokus|välfärd|i fokus|välfärd",
                "Ny rapport #VÄLFÄRD|välfärd|Ny rapport|välfärd",
                "Ny rapport \uFF03välfärd|välfärd|Ny rapport|välfärd",
                "Läs mer\\n#välfärd\\nhttps://vision.se/|välfärd|Läs mer\\nhttps://vision.se/|välfärd",
                "Läs mer #välfärd\\nhttps://vision.se/|välfärd|Läs mer\\nhttps://vision.se/|välfärd",
                "Ny rapport #välfärd|socialtjänst|-|-",
                "Satsa på #välfärd. Nu!|välfärd|-|-",
                "Satsa på #välfärden nu|välfärd|-|-",
                "Skriv till @välfärd nu|välfärd|-|-",
            })
    void theLastWholeTagWrittenIsDropped(String text, String tags, String after, String dropped) {
        Optional<HashtagDropper.Drop> drop =
                HashtagDropper.dropLast(text.replace("\\n", "\n"), List.of(tags.split(",")));

        if (after.equals("-")) {
            assertThat(drop).isEmpty();
        } else {
            assertThat(drop)
                    .hasValueSatisfying(
                            d -> {
                                assertThat(d.text()).isEqualTo(after.replace("\\n", "\n"));
                                assertThat(d.hashtag()).isEqualTo(dropped);
                            });
        }
    }
}
