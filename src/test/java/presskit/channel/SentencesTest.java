package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a thread may be cut: after a sentence, never inside a URL, hashtag, mention or an
 * abbreviation such as "bl.a.". Each row is a text and its sentences, separated by " | " ("\n"
 * stands for a line break).
 */
class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream()
                .map(s -> text.substring(s.span().start(), s.span().end()))
                .toList();
    }

    private static List<String> expected(String joined) {
        return List.of(joined.replace("\\n", "\n").split(" \\| "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '§',
            value = {
                "Åtta av tio saknar folk. Läs mer.§Åtta av tio saknar folk. | Läs mer.",
                "Vad gör ni? Svara oss! Tack.§Vad gör ni? | Svara oss! | Tack.",
                "Vänta… Nu kommer det.§Vänta… | Nu kommer det.",
                "Hon sa: ”Det räcker.” Sedan gick hon.§Hon sa: ”Det räcker.” | Sedan gick hon.",
                "Det blir dyrt (mycket dyrt.) Nu.§Det blir dyrt (mycket dyrt.) | Nu.",
                "En rad utan punkt\\nNästa rad§En rad utan punkt | Nästa rad",
                "Stycke ett.\\n\\nStycke två.§Stycke ett. | Stycke två.",
                "Ingen punkt alls§Ingen punkt alls",
                "'  Luft före och efter.  '§Luft före och efter.",
            })
    void aSentenceEndsAtATerminalOrALineBreak(String text, String joined) {
        assertThat(sentences(text.replace("\\n", "\n"))).isEqualTo(expected(joined));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '§',
            value = {
                "Se https://vision.se/a.b/c.html?x=1.2 idag.§Se https://vision.se/a.b/c.html?x=1.2 idag.",
                "Läs: https://vision.se/rapport. Den är ny.§Läs: https://vision.se/rapport. | Den är ny.",
                "Följ #Socialchefsrapporten. Dela!§Följ #Socialchefsrapporten. | Dela!",
                "Fråga @vision.bsky.social om det.§Fråga @vision.bsky.social om det.",
                "Skriv till @vision@mastodon.social i dag.§Skriv till @vision@mastodon.social i dag.",
                "Det är 53\u00A0procent. Nästa.§Det är 53\u00A0procent. | Nästa.",
                "Värdet 3.5 steg upp.§Värdet 3.5 steg upp.",
            })
    void urlsHashtagsMentionsAndNumbersAreNeverCut(String text, String joined) {
        assertThat(sentences(text)).isEqualTo(expected(joined));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '§',
            value = {
                "Det gäller bl.a. socionomer. Och chefer.§Det gäller bl.a. socionomer. | Och chefer.",
                "Yrken som t.ex. socionomer saknas.§Yrken som t.ex. socionomer saknas.",
                "Den s.k. kompetensväxlingen ökar.§Den s.k. kompetensväxlingen ökar.",
                "Rapporten släpps kl. 06.00 i dag.§Rapporten släpps kl. 06.00 i dag.",
                "Chefer, socionomer m.fl. svarade.§Chefer, socionomer m.fl. svarade.",
            })
    void aSwedishAbbreviationDoesNotEndTheSentence(String text, String joined) {
        assertThat(sentences(text)).isEqualTo(expected(joined));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '§',
            value = {
                "Läs https://vision.se/a #tagg @namn.§Läs | https://vision.se/a | #tagg | @namn.",
                "53\u00A0procent av alla.§53\u00A0procent | av | alla.",
            })
    void wordsAreTheRunsBetweenSpaces(String text, String joined) {
        List<String> words =
                Sentences.of(text).stream()
                        .flatMap(s -> s.words().stream())
                        .map(w -> text.substring(w.start(), w.end()))
                        .toList();

        assertThat(words).isEqualTo(expected(joined));
    }
}
