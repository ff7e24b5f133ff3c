package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import presskit.channel.BlueskyText.Facet;
import presskit.channel.BlueskyText.Link;
import presskit.channel.BlueskyText.Mention;
import presskit.channel.BlueskyText.Tag;

/**
 * The record text presskit posts to Bluesky is the one Bluesky's app would post: every link in the
 * app's short form ({@code toShortUrl}, as a browser's {@code new URL} reads the address), facets
 * over UTF-8 bytes that slice back to exactly what they mark, and the count is taken on that text.
 */
class BlueskyTextTest {

    /** Each address with its short form as node's WHATWG URL and the app's toShortUrl give it. */
    static Stream<Arguments> shortForms() {
        return BlueskyLinkCases.SHORT_FORMS.entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("shortForms")
    void aLinkIsShortenedAsTheAppShortensIt(String url, String expected) {
        assertThat(BlueskyText.shortUrl(url)).isEqualTo(expected);
        assertThat(BlueskyLength.shortUrl(url)).isEqualTo(expected);

        BlueskyText posted = BlueskyText.of("Läs " + url + " nu");

        assertThat(posted.text()).isEqualTo("Läs " + expected + " nu");
        assertThat(sliced(posted)).containsExactly("link " + expected + " → " + url);
        assertThat(new BlueskyLength().length("Läs " + url + " nu"))
                .isEqualTo(posted.graphemes())
                .isEqualTo(Graphemes.count("Läs " + expected + " nu"));
    }

    @Test
    void trailingPunctuationIsStrippedAsTheAppStripsIt() {
        // One of . , ; : ! ? and then one ')' without '(' end the sentence, not the link.
        assertThat(links("Se https://vision.se/om.")).containsExactly("https://vision.se/om");
        assertThat(links("Se https://vision.se/om?!")).containsExactly("https://vision.se/om?");
        assertThat(links("(se https://vision.se/om).")).containsExactly("https://vision.se/om");
        assertThat(links("Se https://sv.wikipedia.org/wiki/A_(B)."))
                .containsExactly("https://sv.wikipedia.org/wiki/A_(B)");
        // Quotes are not punctuation to the app, and a link must follow a space, '(' or the start.
        assertThat(links("Se https://vision.se/om\"")).containsExactly("https://vision.se/om\"");
        assertThat(links("Se »https://vision.se/om« och:https://vision.se/")).isEmpty();
        // A no-break space ends a link, as JavaScript's \s does.
        assertThat(links("https://vision.se/a\u00A0b")).containsExactly("https://vision.se/a");
        assertThat(links("Se HTTPS://vision.se/om")).containsExactly("HTTPS://vision.se/om");
    }

    @Test
    void tagsFollowTheOfficialRules() {
        assertThat(tags("Om #välfärd, #Arbetsmiljö! och ＃svpol."))
                .containsExactly("välfärd", "Arbetsmiljö", "svpol");
        // Only digits is no tag; digits with a letter are; a hyphen stays inside the tag.
        assertThat(tags("#2023 #Vision2023 #a-ö")).containsExactly("Vision2023", "a-ö");
        // After the start or a space only: not in a link's fragment, an entity or parentheses.
        assertThat(tags("https://vision.se/a#avsnitt &#38; (#svpol)")).isEmpty();
        assertThat(tags("#" + "a".repeat(64) + " #" + "b".repeat(65)))
                .containsExactly("a".repeat(64));
        // A zero-width joiner ends a tag, as do the other invisible characters the SDK lists.
        assertThat(tags("#👩‍⚕️ #\uFE0Fx #a.b.")).containsExactly("👩", "a.b");
    }

    @Test
    void mentionsAreHandlesWithADot() {
        BlueskyText posted =
                BlueskyText.of(
                        "Fråga @kommun.bsky.social: och (@skolfacket.se). Inte @ordf, "
                                + "inte mejl@exempel.se, inte @exempel.local");

        assertThat(sliced(posted))
                .containsExactly(
                        "mention @kommun.bsky.social = @kommun.bsky.social",
                        "mention @skolfacket.se = @skolfacket.se");
    }

    @Test
    void facetsSliceTheUtf8TextExactly() {
        String written =
                "Åtta av tio 👩‍⚕️ på förskolorna säger att löner och arbetsmiljö är viktigast. "
                        + "Läs mer: https://skolfacket.se/löner-2024?utm_source=bluesky, "
                        + "https://Åre.se/nyheter och (https://skolfacket.se/a). "
                        + "@ordf.skolfacket.se, svara!\n\n#välfärd #förskola\n"
                        + "https://skolfacket.se/ #Rapporten2024";

        BlueskyText posted = BlueskyText.of(written);

        assertThat(posted.text())
                .isEqualTo(
                        "Åtta av tio 👩‍⚕️ på förskolorna säger att löner och arbetsmiljö är"
                                + " viktigast. Läs mer: skolfacket.se/l%C3%B6ner-2..., "
                                + "xn--re-xia.se/nyheter och (skolfacket.se/a). "
                                + "@ordf.skolfacket.se, svara!\n\n#välfärd #förskola\n"
                                + "skolfacket.se #Rapporten2024");
        assertThat(sliced(posted))
                .containsExactly(
                        "link skolfacket.se/l%C3%B6ner-2... → "
                                + "https://skolfacket.se/löner-2024?utm_source=bluesky",
                        "link xn--re-xia.se/nyheter → https://Åre.se/nyheter",
                        "link skolfacket.se/a → https://skolfacket.se/a",
                        "mention @ordf.skolfacket.se = @ordf.skolfacket.se",
                        "tag #välfärd = #välfärd",
                        "tag #förskola = #förskola",
                        "link skolfacket.se → https://skolfacket.se/",
                        "tag #Rapporten2024 = #Rapporten2024");
        assertThat(new BlueskyLength().length(written)).isEqualTo(posted.graphemes());
    }

    /**
     * Each kind is looked for only in a text holding the characters it starts with; a text with
     * only one kind, or only the full-width '＃', still gets it, and a lone ':' or '/' makes none.
     */
    @Test
    void eachKindIsFoundInATextWithNoOther() {
        assertThat(sliced(BlueskyText.of("Läs HTTP://a.se/x.")))
                .containsExactly("link a.se/x → HTTP://a.se/x");
        assertThat(sliced(BlueskyText.of("Fråga @kommun.se!")))
                .containsExactly("mention @kommun.se = @kommun.se");
        assertThat(sliced(BlueskyText.of("Om ＃svpol"))).containsExactly("tag ＃svpol = #svpol");
        assertThat(sliced(BlueskyText.of("Om #skola"))).containsExactly("tag #skola = #skola");
        assertThat(BlueskyText.of("Kl. 10:30, a.se/b och https:/a.se").facets()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Inga länkar här.",
                "#a https://a.se/#b #c",
                "(https://a.se/x(y)) #tag(https://b.se/) @a.se(https://c.se/)"
            })
    void facetsAreSortedAndNeverOverlap(String written) {
        List<Facet> facets = BlueskyText.of(written).facets();
        for (int i = 1; i < facets.size(); i++) {
            assertThat(facets.get(i).byteStart())
                    .isGreaterThanOrEqualTo(facets.get(i - 1).byteEnd());
        }
    }

    private static List<String> links(String written) {
        return BlueskyText.of(written).facets().stream()
                .filter(Link.class::isInstance)
                .map(f -> ((Link) f).uri())
                .toList();
    }

    private static List<String> tags(String written) {
        return BlueskyText.of(written).facets().stream()
                .filter(Tag.class::isInstance)
                .map(f -> ((Tag) f).tag())
                .toList();
    }

    /**
     * Each facet as what its bytes slice from the text and what it holds: {@code "link label →
     * uri"}, {@code "tag #tag"}, {@code "mention @handle"}.
     */
    static List<String> sliced(BlueskyText posted) {
        byte[] bytes = posted.text().getBytes(StandardCharsets.UTF_8);
        return posted.facets().stream()
                .map(
                        f -> {
                            String slice =
                                    new String(
                                            Arrays.copyOfRange(bytes, f.byteStart(), f.byteEnd()),
                                            StandardCharsets.UTF_8);
                            if (f instanceof Link l) {
                                return "link " + slice + " → " + l.uri();
                            }
                            if (f instanceof Tag t) {
                                return "tag " + slice + " = #" + t.tag();
                            }
                            return "mention " + slice + " = @" + ((Mention) f).handle();
                        })
                .toList();
    }
}
