package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.load.CampaignLoader;
import presskit.model.Campaign;
import presskit.model.Link;
import presskit.model.LinkUse;

/**
 * The releases of the shipped years are ones a press officer would sign: the 2023 release has no
 * quote (the real one has none), the 2022 release is dated and carries no member count that was not
 * true in 2022, and no release points at itself or at a newspaper's article about it.
 */
class ShippedReleasesTest {

    private static final Path MESSAGES = Path.of("messages");
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"()\\]]+");

    @TempDir static Path out;

    @BeforeAll
    static void build2022() {
        Cli.Run run = Cli.run("build", "--year", "2022", "--no-pdf", "--out", out.toString());
        assertThat(run.status()).as(run.all()).isZero();
    }

    @Test
    void the2023ReleaseHasNoQuoteInAnyEditionOrFormat() {
        List<Path> releases = releases(SharedKit.year());

        assertThat(releases).hasSize(22 * 3);
        for (Path release : releases) {
            assertThat(read(release))
                    .as(release.toString())
                    .doesNotContain("Magnusson")
                    .doesNotContain("säger")
                    .doesNotContain("<blockquote>");
        }
    }

    /** The chair's quotes in 2023.yaml come from an undated sponsored article (seed 002). */
    @Test
    void theUnapprovedQuotesOf2023AreInNoOutputOfTheKitItsPageOrZips() throws IOException {
        Map<String, String> texts = KitTexts.of(SharedKit.year());

        assertThat(texts).containsKey("index.html");
        assertThat(texts.keySet()).anyMatch(name -> name.contains(".zip!"));
        texts.forEach(
                (name, text) ->
                        assertThat(text)
                                .as(name)
                                .doesNotContain("Magnusson")
                                .doesNotContain("prioritera rätt"));
    }

    @Test
    void the2022ReleaseIsDatedAndNeverSendsJournalistsToAftonbladet() {
        List<Path> releases = releases(out.resolve("2022"));

        assertThat(releases).hasSize(22 * 3);
        for (Path release : releases) {
            assertThat(read(release))
                    .as(release.toString())
                    .contains("26 september 2022")
                    .doesNotContainIgnoringCase("aftonbladet");
        }
    }

    @Test
    void the2022ReleaseCarriesNo2023MemberCount() {
        Pattern memberCount = Pattern.compile("\\d[\\d\\s\u00A0]*\\s*medlemmar");

        for (Path release : releases(out.resolve("2022"))) {
            String text = read(release);
            assertThat(text).as(release.toString()).contains("Våra medlemmar");
            assertThat(memberCount.matcher(text).find()).as(release.toString()).isFalse();
        }
    }

    /**
     * Every address in a release of either year is the organisation's own or a link the year allows
     * in the release, and none is a press release's own address: a release never links to itself.
     */
    @Test
    void noReleaseOfEitherYearLinksToItselfOrToALinkKeptOutOfTheRelease() {
        for (int year : List.of(2022, 2023)) {
            Campaign campaign = new CampaignLoader(MESSAGES).load(Optional.of(year)).campaign();
            Set<String> allowed =
                    campaign.year().links(LinkUse.RELEASE).stream()
                            .map(Link::url)
                            .collect(Collectors.toCollection(HashSet::new));
            allowed.add(campaign.organisation().website());
            Path kit = year == 2023 ? SharedKit.year() : out.resolve("2022");
            for (Path release : releases(kit)) {
                for (String address : addresses(read(release))) {
                    assertThat(address)
                            .as(release + " links to " + address)
                            .isIn(allowed)
                            .doesNotContain("/pressmeddelande/");
                }
            }
        }
    }

    private static List<String> addresses(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String address = m.group().replaceAll("[.,;:]+$", "");
            if (!address.startsWith("http://www.w3.org/")) {
                found.add(address);
            }
        }
        return found;
    }

    /** Every release in text, Markdown and HTML, national and regional. */
    private static List<Path> releases(Path kit) {
        try (Stream<Path> walk = Files.walk(kit)) {
            return walk.filter(p -> p.getFileName().toString().matches("release\\.(txt|md|html)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
