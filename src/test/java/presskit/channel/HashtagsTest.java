package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashtagsTest {

    private static final String POST =
            "Läs #Socialchefsrapporten om #välfärd och #arbetsmiljö! #svpol, #SVPOL "
                    + "https://vision.se/a#avsnitt &#38; #2023 #socialtjänst_2023";

    @ParameterizedTest
    @ValueSource(strings = {"x", "mastodon", "bluesky", "linkedin", "facebook"})
    void swedishHashtagsAreWholeTagsOnEveryNetwork(String channelId) {
        Hashtags hashtags = Hashtags.forChannel(channelId);
        assertThat(hashtags.extract(POST))
                .containsExactly(
                        "Socialchefsrapporten",
                        "välfärd",
                        "arbetsmiljö",
                        "svpol",
                        "SVPOL",
                        "socialtjänst_2023");
        assertThat(hashtags.isHashtag("#välfärd")).isTrue();
        assertThat(hashtags.isHashtag("#arbetsmiljö")).isTrue();
        assertThat(hashtags.isHashtag("#2023")).isFalse();
        assertThat(hashtags.isHashtag("#två ord")).isFalse();
    }

    @Test
    void blueskyFindsTagsAsItsAppMakesTagFacets() {
        // After a space or the start only, up to the next space, final punctuation left out.
        String text = "(#svpol) #a-ö #välfärd. #2023 x#y";
        assertThat(Hashtags.forChannel("bluesky").extract(text)).containsExactly("a-ö", "välfärd");
        assertThat(Hashtags.forChannel("mastodon").extract(text))
                .containsExactly("svpol", "a", "välfärd");
        assertThat(Hashtags.forChannel("bluesky").isHashtag("#a-ö")).isTrue();
        assertThat(Hashtags.forChannel("bluesky").isHashtag("#välfärd!")).isFalse();
    }

    @Test
    void decomposedLettersStayInTheTag() {
        String decomposed = "#va\u0308lfa\u0308rd"; // välfärd with combining diaeresis
        assertThat(Hashtags.forChannel("mastodon").extract("Om " + decomposed + " idag"))
                .containsExactly(decomposed.substring(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "mastodon"})
    void duplicatesAreFoundCaseInsensitively(String channelId) {
        assertThat(Hashtags.forChannel(channelId).duplicates(POST + " #Välfärd"))
                .containsExactly("välfärd", "svpol");
        assertThat(Hashtags.forChannel(channelId).duplicates("#svpol #välfärd")).isEmpty();
    }

    @Test
    void camelCaseHintForLongAllLowercaseTags() {
        assertThat(CamelCaseHint.of("#socialchefsrapporten"))
                .hasValueSatisfying(
                        hint -> {
                            assertThat(hint.tag()).isEqualTo("socialchefsrapporten");
                            assertThat(hint.suggestion()).isEqualTo("Socialchefsrapporten");
                            assertThat(hint.message())
                                    .contains("#socialchefsrapporten")
                                    .contains("CamelCase");
                        });
        assertThat(CamelCaseHint.of("kompetensförsörjning")).isPresent(); // 20 letters
    }

    @Test
    void camelCaseHintForDigitsBetweenWords() {
        assertThat(CamelCaseHint.of("#val2022sverige").map(CamelCaseHint::suggestion))
                .contains("Val2022Sverige");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#svpol",
                "#socialtjänst",
                "#Socialchefsrapporten",
                "#välfärd",
                "#arbetsmiljö",
                "#vision2023",
                "#socialtjänst_i_kris",
                "#SocialChefsRapporten"
            })
    void noCamelCaseHintForTagsThatReadWell(String tag) {
        assertThat(CamelCaseHint.of(tag)).isEmpty();
    }
}
