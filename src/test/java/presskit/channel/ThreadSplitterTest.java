package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thread shapes as input/output pairs under {@code src/test/resources/threads/} (see its README),
 * plus the promises every thread keeps on the real networks.
 */
class ThreadSplitterTest {

    private static final Path SHAPES = Path.of("src/test/resources/threads");
    private static final Pattern HEADER = Pattern.compile("channel: ([a-z]+), limit: (\\d+)");

    static Stream<String> shapes() throws IOException {
        try (Stream<Path> files = Files.list(SHAPES)) {
            List<String> names =
                    files.map(f -> f.getFileName().toString())
                            .filter(n -> n.endsWith(".input"))
                            .map(n -> n.substring(0, n.length() - ".input".length()))
                            .sorted()
                            .toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aPostBecomesTheApprovedThread(String name) throws IOException {
        String input = Files.readString(SHAPES.resolve(name + ".input"), StandardCharsets.UTF_8);
        Path outputFile = SHAPES.resolve(name + ".output");
        assertThat(outputFile).as("every .input has its .output").exists();
        String output = Files.readString(outputFile, StandardCharsets.UTF_8);
        String header = input.substring(0, input.indexOf('\n'));
        Matcher m = HEADER.matcher(header);
        assertThat(m.matches()).as("header of " + name + ": " + header).isTrue();
        int limit = Integer.parseInt(m.group(2));
        Channel channel = Channels.builtIn().get(m.group(1)).withLimit(limit);
        String text = input.substring(header.length() + 1).stripTrailing();

        List<String> parts = new ThreadSplitter(channel).split(List.of(text));

        assertThat(String.join("\n---\n", parts)).isEqualTo(output.stripTrailing());
    }

    @Test
    void everyOutputHasItsInput() throws IOException {
        try (Stream<Path> files = Files.list(SHAPES)) {
            assertThat(
                            files.map(f -> f.getFileName().toString())
                                    .filter(n -> n.endsWith(".output")))
                    .allSatisfy(
                            n ->
                                    assertThat(SHAPES.resolve(n.replace(".output", ".input")))
                                            .exists());
        }
    }

    @Test
    void theNumberEndsThePartsSentencesAndNeverStandsDirectlyAfterALink() {
        String link = "https://example.org/rapport-2023";

        assertThat(ThreadSplitter.numbered("Fråga. Svar?\n\n#Tagg #tagg2\n" + link, 1, "2"))
                .isEqualTo("Fråga. Svar? (1/2)\n\n#Tagg #tagg2\n" + link);
        assertThat(ThreadSplitter.numbered("Samma fråga till er, @a och @b.", 2, "2"))
                .isEqualTo("Samma fråga till er, @a och @b. (2/2)");
        assertThat(ThreadSplitter.numbered("Läs den: " + link, 2, "2"))
                .isEqualTo("(2/2) Läs den: " + link);
        assertThat(ThreadSplitter.numbered(link, 3, "3")).isEqualTo("(3/3) " + link);
        assertThat(ThreadSplitter.numbered("Läs den på " + link + ".", 2, "2"))
                .isEqualTo("(2/2) Läs den på " + link + ".");
        assertThat(ThreadSplitter.numbered("Vi står upp för #välfärd.\n\n#Skolpersonal", 1, "2"))
                .isEqualTo("Vi står upp för #välfärd. (1/2)\n\n#Skolpersonal");
    }

    @Test
    void eachSegmentStartsANewPart() {
        Channel linkedin = Channels.builtIn().get("linkedin");

        assertThat(new ThreadSplitter(linkedin).split(List.of("Del ett.", "Del två.")))
                .containsExactly("Del ett. (1/2)", "Del två. (2/2)");
    }

    @Test
    void theClosingTagsAndLinkGoWithTheFirstPartOnEveryNetwork() {
        String link = "https://example.org/skolpersonal/rapport-2023?utm_source=presskit";
        String text =
                "Åtta av tio rektorer har svårt att rekrytera lärare till hösten. "
                        + "Hälften av skolorna anlitar vikarier för att klara undervisningen. "
                        + "Det blir dyrt, och det drabbar eleverna som behöver stöd mest. "
                        + "Sex av tio säger att personalen inte hinner med sitt uppdrag.\n\n"
                        + "#Skolpersonal #skolpol\n"
                        + link;
        for (String id : List.of("x", "mastodon", "bluesky")) {
            Channel channel = Channels.builtIn().get(id);
            Channel narrow = channel.withLimit(channel.limit() / 2);

            List<String> parts = new ThreadSplitter(narrow).split(List.of(text));

            assertThat(parts).as(id).hasSizeGreaterThan(1);
            assertThat(parts.get(0)).as(id).contains("#Skolpersonal", link);
            assertThat(parts.subList(1, parts.size()))
                    .as(id)
                    .noneSatisfy(p -> assertThat(p).contains("https://"));
            assertThat(parts).allSatisfy(p -> assertThat(narrow.fits(p)).as(p).isTrue());
            assertThat(String.join("\n", parts)).doesNotContainPattern("\\S+://\\S+ \\(\\d");
        }
    }

    @Test
    void aSentenceThatFitsOnlyWithoutItsTagsAndLinkLeavesThemAPartOfTheirOwn() {
        // 165 characters of prose, and a link X does not shorten (no known top-level domain),
        // counted in full: together 291, over the limit; apart, each fits.
        Channel x = Channels.builtIn().get("x");
        String sentence =
                "Enligt enkäten har 62 procent av lärarna fått större klasser det senaste året, och"
                        + " 48,5 procent säger att eleverna får vänta för länge på stöd från"
                        + " elevhälsan.";
        String tail =
                "#Skolenkäten\nhttps://www.skolfacket.invalid/skolenkaten-2025?utm_source=x"
                        + "&utm_medium=social&utm_campaign=skolenkaten-2025";

        List<String> parts = new ThreadSplitter(x).split(List.of(sentence + "\n\n" + tail));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).startsWith(sentence).doesNotContain("#Skolenkäten");
        assertThat(parts.get(1)).contains(tail);
        assertThat(parts).allSatisfy(p -> assertThat(x.fits(p)).as(p).isTrue());
    }

    @Test
    void aShortLastSentenceIsNotLeftAloneWhenAnEvenSplitExists() {
        // Greedy packing would fill the first part with three sentences and leave the fourth alone.
        Channel x = Channels.builtIn().get("x").withLimit(240);
        String text =
                "Andelen rektorer som ser problem med bemanningen har ökat kraftigt de senaste två"
                        + " åren. Det visar förbundets rapport om skolans personal. Över sex av tio"
                        + " rektorer upplever att det är svårt att få antalet lärare att räcka till."
                        + " Värst är läget i mindre kommuner.";

        List<String> parts = new ThreadSplitter(x).split(List.of(text));

        assertThat(parts)
                .containsExactly(
                        "Andelen rektorer som ser problem med bemanningen har ökat kraftigt de"
                                + " senaste två åren. Det visar förbundets rapport om skolans"
                                + " personal. (1/2)",
                        "Över sex av tio rektorer upplever att det är svårt att få antalet lärare"
                                + " att räcka till. Värst är läget i mindre kommuner. (2/2)");
    }

    private static final String LONG_POST =
            "Åtta av tio socialchefer har svårt att rekrytera socialsekreterare. "
                    + "Hälften av dem anlitar bemanningsföretag för att klara verksamheten. "
                    + "Det blir dyrt, och det drabbar dem som behöver stöd. "
                    + "Sex av tio säger att personalen inte hinner med sitt uppdrag. "
                    + "Vision kräver en nationell plan för socialtjänstens kompetensförsörjning nu. "
                    + "Läs hela Socialchefsrapporten 2023 på "
                    + "https://vision.se/socialchefsrapporten-2023?utm_source=x "
                    + "#socialtjänst #Socialchefsrapporten @Vision_Fack";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"x", "mastodon", "bluesky"})
    void everyPartFitsAndTheWordsStayInOrder(String id) {
        Channel channel = Channels.builtIn().get(id);
        Channel narrow = channel.withLimit(channel.limit() / 2);

        List<String> parts = new ThreadSplitter(narrow).split(List.of(LONG_POST));

        assertThat(parts)
                .hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(narrow.fits(p)).as(p).isTrue());
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i)).contains(" (" + (i + 1) + "/" + parts.size() + ")");
        }
        List<String> words =
                parts.stream()
                        .map(p -> p.replaceFirst(" \\(\\d+/\\d+\\)", ""))
                        .flatMap(p -> Arrays.stream(p.split("\\s+")))
                        .toList();
        assertThat(words).containsExactly(LONG_POST.split("\\s+"));
    }
}
