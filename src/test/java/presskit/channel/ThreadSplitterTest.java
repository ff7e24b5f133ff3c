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
    void theNumberNeverStandsDirectlyAfterALink() {
        String link = "https://vision.se/rapport-2023";

        assertThat(ThreadSplitter.numbered("Fråga. Svar?\n\n#Tagg #tagg2\n" + link, 1, "2"))
                .isEqualTo("Fråga. Svar? 1/2\n\n#Tagg #tagg2\n" + link);
        assertThat(ThreadSplitter.numbered("Samma fråga till er, @a och @b.", 2, "2"))
                .isEqualTo("Samma fråga till er, @a och @b. 2/2");
        assertThat(ThreadSplitter.numbered("Läs den: " + link, 2, "2"))
                .isEqualTo("2/2 Läs den: " + link);
        assertThat(ThreadSplitter.numbered(link, 3, "3")).isEqualTo("3/3 " + link);
    }

    @Test
    void eachSegmentStartsANewPart() {
        Channel linkedin = Channels.builtIn().get("linkedin");

        assertThat(new ThreadSplitter(linkedin).split(List.of("Del ett.", "Del två.")))
                .containsExactly("Del ett. 1/2", "Del två. 2/2");
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
            assertThat(parts.get(i)).endsWith(" " + (i + 1) + "/" + parts.size());
        }
        List<String> words =
                parts.stream()
                        .map(p -> p.substring(0, p.lastIndexOf(' ')))
                        .flatMap(p -> Arrays.stream(p.split("\\s+")))
                        .toList();
        assertThat(words).containsExactly(LONG_POST.split("\\s+"));
    }
}
