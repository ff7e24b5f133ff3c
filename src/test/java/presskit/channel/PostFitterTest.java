package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostFitterTest {

    static final String URL = "https://www.vision.se/socialchefsrapporten-2023";
    static final List<String> TAGS = List.of("#socialtjänst", "#svpol", "#Socialchefsrapporten");
    static final String KEY_MESSAGE =
            "Andelen socialchefer som ser utmaningar med bemanningen har ökat dramatiskt de "
                    + "senaste två åren. Det visar Visions Socialchefsrapport. Över sex av tio socialchefer upplever att det "
                    + "är svårt att få antalet medarbetare att räcka till. Värst är läget i mindre kommuner.\n\n"
                    + "Det finns ett samband mellan socialarbetares arbetssituation och ökade svårigheter att rekrytera och "
                    + "behålla personal. Arbetsbelastningen är hög och resurserna räcker inte för att ge utsatta ett bra "
                    + "stöd. Får socialtjänsten bättre villkor kommer också fler vilja stanna och jobba där! För att klara "
                    + "kompetensförsörjningen måste arbetssituationen för socialsekreterare och andra som jobbar inom "
                    + "omsorgen förbättras. Läs rapporten: "
                    + URL
                    + " @vision_fack\n\n"
                    + "#socialtjänst #svpol #Socialchefsrapporten";

    /**
     * A part's number, " i/n" after its last words, or "i/n " opening a part that ends by
     * introducing a link.
     */
    private static final Pattern SUFFIX =
            Pattern.compile(" \\((\\d+)/(\\d+)\\)(?=\\s|$)|^\\((\\d+)/(\\d+)\\) ");

    @Test
    void textThatFitsIsReturnedUnchanged() {
        String text = "Låt socialtjänsten göra sitt jobb. " + URL + " #svpol\n";
        FittedPost post = new PostFitter(Channels.builtIn().get("x")).fit(text, TAGS);
        assertThat(post.parts()).containsExactly(text);
        assertThat(post.droppedHashtags()).isEmpty();
        assertThat(post.isThread()).isFalse();
    }

    @Test
    void dropsTheLastOptionalHashtagFirstAndOnlyAsManyAsNeeded() {
        Channel x = Channels.builtIn().get("x");
        String tags = " #socialtjänst #svpol #Socialchefsrapporten";
        // Over the limit by 5: dropping " #Socialchefsrapporten" (22) is enough.
        String body =
                "Personalkarusellen i socialtjänsten måste sluta snurra. "
                        + "a".repeat(280 + 5 - 56 - tags.length());
        String text = body + tags;
        assertThat(x.length(text)).isEqualTo(285);

        FittedPost post = new PostFitter(x).fit(text, TAGS);

        assertThat(post.parts()).containsExactly(body + " #socialtjänst #svpol");
        assertThat(post.droppedHashtags()).containsExactly("#Socialchefsrapporten");
    }

    @Test
    void dropsOneAtATimeReCheckingAfterEach() {
        Channel x = Channels.builtIn().get("x");
        String tags = " #socialtjänst #svpol #Socialchefsrapporten";
        String body = "a".repeat(280 + 25 - tags.length()); // needs the last two dropped
        FittedPost post =
                new PostFitter(x)
                        .fit(body + tags, List.of("socialtjänst", "svpol", "Socialchefsrapporten"));

        assertThat(post.parts()).containsExactly(body + " #socialtjänst");
        assertThat(post.droppedHashtags()).containsExactly("Socialchefsrapporten", "svpol");
    }

    @Test
    void dropsWholeTokensOnlyAndTidiesTheLineTheyLeave() {
        Channel tiny = tiny(30, false);
        String text = "Läs #svpolitik om #svpol.\n#svpol\nSlut.";
        FittedPost post = new PostFitter(tiny).fit(text, List.of("#SVPOL"));
        // The tag on its own line goes with its line; "#svpolitik" and the tag ending a sentence
        // stay.
        assertThat(post.parts()).containsExactly("Läs #svpolitik om #svpol.\nSlut.");
        assertThat(post.droppedHashtags()).containsExactly("#SVPOL");
    }

    @Test
    void trailingHashtagBlockDisappearsWithoutLeavingBlankLines() {
        Channel tiny = tiny(12, false);
        FittedPost post = new PostFitter(tiny).fit("Rapporten.\n\n#a #b", List.of("#a", "#b"));
        assertThat(post.parts()).containsExactly("Rapporten.");
        assertThat(post.droppedHashtags()).containsExactly("#b", "#a");
    }

    @Test
    void channelWithoutThreadsOnlyDropsHashtags() {
        Channel linkedin = Channels.builtIn().get("linkedin").withLimit(100);
        FittedPost post = new PostFitter(linkedin).fit(KEY_MESSAGE, TAGS);
        assertThat(post.parts()).hasSize(1);
        assertThat(post.droppedHashtags())
                .containsExactly("#Socialchefsrapporten", "#svpol", "#socialtjänst");
        assertThat(post.fitsAll(linkedin)).isFalse();
        assertThat(collapse(post.parts().get(0))).isEqualTo(collapse(withoutTags(KEY_MESSAGE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "mastodon", "bluesky"})
    void longKeyMessageBecomesAValidThread(String channelId) {
        Channel channel = Channels.builtIn().get(channelId);
        String text = KEY_MESSAGE + "\n" + KEY_MESSAGE.replace("#", "");
        assertThat(channel.fits(text)).isFalse();

        FittedPost post = new PostFitter(channel).fit(text, TAGS);

        assertThat(post.isThread()).isTrue();
        assertThat(post.droppedHashtags())
                .containsExactly("#Socialchefsrapporten", "#svpol", "#socialtjänst");
        assertValidThread(
                post, channel, text.replace("\n\n#socialtjänst #svpol #Socialchefsrapporten", ""));
        // Whole sentences per part: each part but the last ends a sentence.
        for (String body : bodies(post).subList(0, post.parts().size() - 1)) {
            assertThat(body)
                    .as(body)
                    .matches("(?s).*[.!?…]$|(?s).*@vision_fack$|(?s).*socialchefsrapporten$");
        }
        assertThat(post.parts()).anySatisfy(part -> assertThat(part).contains(" " + URL + " "));
    }

    @Test
    void theFirstPartCarriesTheTagsAndLinkAndEveryNumberEndsItsSentences() {
        Channel x = Channels.builtIn().get("x");
        String link =
                "https://example.org/pressmeddelande/3370738/rapporten-2023-man-far-det-man-betalar-for?publisherId=1565293";
        String text =
                "71 procent av rektorerna tycker att det är svårt att arbeta uppsökande och förebyggande. "
                        + "Förbundet vill att den nya skollagen ställer tydliga krav på att skolan och fritidshemmen ska arbeta förebyggande "
                        + "– och att det arbetet får tillräckliga resurser.\n\n#Skolrapporten\n"
                        + link;

        FittedPost post = new PostFitter(x).fit(text, List.of());

        assertThat(post.parts())
                .containsExactly(
                        "71 procent av rektorerna tycker att det är svårt att arbeta uppsökande och"
                                + " förebyggande. (1/2)\n\n#Skolrapporten\n"
                                + link,
                        "Förbundet vill att den nya skollagen ställer tydliga krav på att skolan"
                                + " och fritidshemmen ska arbeta förebyggande – och att det arbetet får tillräckliga resurser."
                                + " (2/2)");
        assertThat(post.fitsAll(x)).isTrue();
        assertThat(rejoin(post)).isEqualTo(collapse(text));
    }

    @Test
    void aSentenceLongerThanAPartIsSplitBetweenWords() {
        Channel channel = tiny(60, true);
        String text =
                "Kort mening. "
                        + "Den här meningen är alldeles för lång för att rymmas i en enda del av tråden "
                        + "och måste därför delas mellan orden #välfärd @vision_fack "
                        + URL
                        + " slut.";
        FittedPost post = new PostFitter(channel).fit(text, List.of());
        assertValidThread(post, channel, text);
        assertThat(bodies(post).get(0)).isEqualTo("Kort mening.");
    }

    @Test
    void numberingStaysConsistentWhenTheTotalGetsASecondDigit() {
        // Every limit packs a different number of parts; around 9-10 parts the total's width
        // changes.
        String text =
                "Över sex av tio socialchefer ser problem. Värst är det i små kommuner! Vad gör politikerna? "
                        .repeat(4)
                        .strip();
        for (int limit = 20; limit <= 120; limit++) {
            Channel channel = tiny(limit, true);
            FittedPost post = new PostFitter(channel).fit(text, List.of());
            assertValidThread(post, channel, text);
        }
        Channel narrow = tiny(48, true);
        List<String> parts = new PostFitter(narrow).fit(text, List.of()).parts();
        assertThat(parts.size()).isGreaterThanOrEqualTo(10);
        assertThat(parts.get(0)).endsWith(" (1/" + parts.size() + ")");
    }

    @Test
    void explicitBreaksSplitEvenWhenTheWholeWouldFit() {
        Channel x = Channels.builtIn().get("x");
        FittedPost post =
                new PostFitter(x)
                        .fit("Socialchefsrapporten är här.\n---\nLäs den: " + URL + "\n", TAGS);
        assertThat(post.parts())
                .containsExactly("Socialchefsrapporten är här. (1/2)", "(2/2) Läs den: " + URL);
        assertThat(post.droppedHashtags()).isEmpty();
    }

    @Test
    void explicitBreaksCombineWithSplittingAndNumberAcrossSegments() {
        Channel bluesky = Channels.builtIn().get("bluesky");
        String text = KEY_MESSAGE.replace("#", "") + "\n ---  \nTagga din kommuns socialnämnd!";
        FittedPost post = new PostFitter(bluesky).fit(text, TAGS);
        assertValidThread(post, bluesky, text.replace("\n ---  \n", "\n"));
        assertThat(post.parts().get(post.parts().size() - 1))
                .isEqualTo(
                        "Tagga din kommuns socialnämnd! ("
                                + post.parts().size()
                                + "/"
                                + post.parts().size()
                                + ")");
    }

    @Test
    void explicitBreaksOnAChannelWithoutThreadsAreRemoved() {
        FittedPost post =
                new PostFitter(Channels.builtIn().get("linkedin"))
                        .fit("Ett.\n---\nTvå.", List.of());
        assertThat(post.parts()).containsExactly("Ett.\nTvå.");
    }

    @Test
    void aTokenLongerThanTheLimitIsBestEffortNotAnError() {
        Channel bluesky = Channels.builtIn().get("bluesky");
        // A link would be shown shortened on Bluesky; one word longer than the limit cannot be made
        // to fit.
        String longLink = "Socialchefsrapporten" + "a".repeat(320);
        String text = "Läs rapporten här. " + longLink + " Sprid den gärna.";
        FittedPost post = new PostFitter(bluesky).fit(text, List.of());
        assertThat(post.fitsAll(bluesky)).isFalse();
        assertThat(post.parts()).anySatisfy(part -> assertThat(part).startsWith(longLink));
        assertThat(rejoin(post)).isEqualTo(collapse(text));
    }

    @Test
    void blueskysByteLimitAlsoSplits() {
        Channel bluesky = Channels.builtIn().get("bluesky");
        // 299 graphemes, within the limit, but 150 * 25 + 149 bytes, over the byte limit.
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        String text = String.join(" ", Collections.nCopies(150, family));
        assertThat(bluesky.length(text)).isEqualTo(299);
        assertThat(bluesky.fits(text)).isFalse();
        FittedPost post = new PostFitter(bluesky).fit(text, List.of());
        assertValidThread(post, bluesky, text);
        assertThat(post.parts()).hasSize(2);
    }

    /** Every part fits, is numbered i/n in order, and the parts rejoin to the expected text. */
    static void assertValidThread(FittedPost post, Channel channel, String expectedText) {
        List<String> parts = post.parts();
        assertThat(post.fitsAll(channel)).as("every part fits: %s", post.lengths(channel)).isTrue();
        if (parts.size() > 1) {
            for (int i = 0; i < parts.size(); i++) {
                Matcher m = SUFFIX.matcher(parts.get(i));
                assertThat(m.find()).as("numbered: %s", parts.get(i)).isTrue();
                int group = m.group(1) != null ? 1 : 3;
                assertThat(Integer.parseInt(m.group(group))).isEqualTo(i + 1);
                assertThat(Integer.parseInt(m.group(group + 1))).isEqualTo(parts.size());
            }
        }
        assertThat(rejoin(post)).isEqualTo(collapse(expectedText));
        // Rejoining with a space would show a token cut in two; also check every token survives
        // whole.
        List<String> tokens = Arrays.asList(collapse(expectedText).split(" "));
        for (String body : bodies(post)) {
            assertThat(tokens).containsAll(Arrays.asList(collapse(body).split(" ")));
        }
    }

    /** Each part's words, without its number and without the closing tags and link after it. */
    static List<String> bodies(FittedPost post) {
        if (!post.isThread()) {
            return post.parts();
        }
        List<String> bodies = new ArrayList<>();
        for (String part : post.parts()) {
            Matcher m = SUFFIX.matcher(part);
            m.find();
            bodies.add(m.group(1) != null ? part.substring(0, m.start()) : part.substring(m.end()));
        }
        return bodies;
    }

    /** The closing tags and link a part carries after its number. */
    static String tail(FittedPost post) {
        if (!post.isThread()) {
            return "";
        }
        StringBuilder tail = new StringBuilder();
        for (String part : post.parts()) {
            Matcher m = SUFFIX.matcher(part);
            m.find();
            if (m.group(1) != null) {
                tail.append(' ').append(part.substring(m.end()));
            }
        }
        return tail.toString();
    }

    /** The thread read as one text again: the parts' words, then the closing tags and link. */
    static String rejoin(FittedPost post) {
        return collapse(String.join(" ", bodies(post)) + tail(post));
    }

    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String withoutTags(String text) {
        return text.replace("#socialtjänst #svpol #Socialchefsrapporten", "");
    }

    /** A channel counting plain characters under a small limit, with or without threads. */
    private static Channel tiny(int limit, boolean threads) {
        return Channel.of(threads ? new X() : new LinkedIn())
                .withLimit(limit)
                .withRule(new CharacterLength());
    }
}
