package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a year file approves for the press release is all a release carries: a quote only with
 * {@code in_release: true}, a link only where {@code links[].in} allows the release, and the year's
 * own boilerplate in place of the organisation's. The campaign is the invented minimal fixture with
 * two invented regions of one municipality each.
 */
class ReleaseApprovalTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final String QUOTE = "Vi testar allt.";
    private static final String SWEDEN =
            """
            # Test fixture: two regions with one municipality each, codes and names as SCB's.
            regions:
              - {code: "09", name: "Gotlands län"}
              - {code: "25", name: "Norrbottens län"}
            municipalities:
              - {code: "0980", name: "Gotland", region: "09", official_name: "Region Gotland"}
              - {code: "2584", name: "Kiruna", region: "25", official_name: "Kiruna kommun"}
            """;

    @TempDir Path tmp;

    @Test
    void aQuoteNotMarkedInReleaseAppearsInNoOutputPageOrZip() throws IOException {
        Path out = build(year());

        Map<String, String> texts = KitTexts.of(out);

        assertThat(texts).containsKeys("national/release.txt", "index.html");
        assertThat(texts.keySet()).anyMatch(name -> name.contains(".zip!"));
        texts.forEach((name, text) -> assertThat(text).as(name).doesNotContain(QUOTE));
    }

    @Test
    void aQuoteMarkedInReleaseIsInEveryRelease() throws IOException {
        Path out =
                build(
                        year().replace(
                                        "    role: presschef\n",
                                        "    role: presschef\n    in_release: true\n"));

        for (String folder : List.of("national", "regions/09-gotlands-lan")) {
            assertThat(Files.readString(out.resolve(folder + "/release.txt")))
                    .contains("– " + QUOTE.replace(".", ", säger Testa Testsson, presschef."));
        }
    }

    @Test
    void aReleaseThatStillListsItsQuotesIsStoppedAtTheLineSayingWhatToWriteInstead()
            throws IOException {
        Path messages =
                messages(
                        year().replace(
                                        "  figures: [andel]\n",
                                        "  figures: [andel]\n  quotes: [citat]\n"));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "2023.yaml:28:3: error: 'release.quotes': 'quotes' is no longer read: the"
                                + " release carries the quotes marked 'in_release: true' under"
                                + " 'quotes:', in their order there; delete this list and add"
                                + " 'in_release: true' to each quote its speaker has approved for"
                                + " the release");
    }

    @Test
    void aLinkNotAllowedInTheReleaseIsInPostsAndSheetButInNoRelease() throws IOException {
        String links =
                """
                links:
                  - id: artikel
                    url: https://tidning.invalid/artikel-om-rapporten
                    title: Tidningens artikel
                    primary: true
                    in: [posts, sheet]
                  - id: rapport
                    url: https://www.exempelforbundet.se/rapport
                    title: Rapporten
                """;
        Path out = build(year().substring(0, year().indexOf("links:\n")) + links);

        for (String folder : List.of("national", "regions/09-gotlands-lan")) {
            for (String format : List.of("txt", "md", "html")) {
                String release = Files.readString(out.resolve(folder + "/release." + format));
                assertThat(release)
                        .as(folder + "/release." + format)
                        .doesNotContain("tidning.invalid")
                        .contains("https://www.exempelforbundet.se/rapport");
            }
        }
        assertThat(Files.readString(out.resolve("national/x/short-1.txt")))
                .contains("https://tidning.invalid/artikel-om-rapporten");
        assertThat(Files.readString(out.resolve("national/sheet.md")))
                .contains("https://tidning.invalid/artikel-om-rapporten");
    }

    @Test
    void aReleaseMayCarryNoLinkAtAllAndThenSaysNoLäsMer() throws IOException {
        Path out =
                build(
                        year().replace(
                                        "    primary: true\n",
                                        "    primary: true\n    in: [posts]\n"));

        String release = Files.readString(out.resolve("national/release.txt"));

        assertThat(release).doesNotContain("Läs mer").doesNotContain("https://www.vision.se/");
        assertThat(Files.readString(out.resolve("national/sheet.md")))
                .doesNotContain("https://www.vision.se/");
    }

    @Test
    void aPrimaryLinkThatPostsMayNotCarryIsStoppedAtItsLine() throws IOException {
        Path messages =
                messages(
                        year().replace(
                                        "    primary: true\n",
                                        "    primary: true\n    in: [release, sheet]\n"));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "2023.yaml:46:9: error: 'links[0].in': the primary link is the one posts"
                                + " carry, but this list leaves posts out; add posts to it, or"
                                + " mark as primary a link posts may carry");
    }

    @Test
    void theYearsBoilerplateReplacesTheOrganisationsInEveryRelease() throws IOException {
        Path out =
                build(
                        year()
                                + """
                                boilerplate:
                                  - Exempelförbundet hade det här året ett påhittat antal medlemmar.
                                """);

        for (String folder : List.of("national", "regions/25-norrbottens-lan")) {
            assertThat(Files.readString(out.resolve(folder + "/release.txt")))
                    .contains(
                            "OM EXEMPELFÖRBUNDET\nExempelförbundet hade det här året ett påhittat"
                                    + " antal medlemmar.\n")
                    .doesNotContain("bara finns i presskits tester");
        }
    }

    private static String year() throws IOException {
        return Files.readString(MINIMAL.resolve("2023.yaml"));
    }

    private Path messages(String year) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.writeString(messages.resolve("sweden.yaml"), SWEDEN);
        Files.writeString(
                messages.resolve("2023.yaml"),
                year + "local:\n  committee: Testnämnden\n  question: Hur testar ni?\n");
        return messages;
    }

    /** The kit's year folder of {@code year} built with the minimal fixture's organisation. */
    private Path build(String year) throws IOException {
        Path messages = messages(year);
        Path out = tmp.resolve("out");
        Cli.Run run = Cli.build(messages, out);
        assertThat(run.status()).as(run.all()).isZero();
        return out.resolve("2023");
    }
}
