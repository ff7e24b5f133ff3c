package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of {@code organisation.yaml} reaches a reader: the web site and the press room close
 * every press release and head the page, the accounts are linked from the page, and the local units
 * name the regional packages. A field left out leaves no empty line or dangling label. The campaign
 * is the invented minimal fixture with two invented regions of one municipality each.
 */
class OrganisationFieldsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
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
    void theWebSiteAndPressRoomCloseTheReleaseInEveryFormat() throws IOException {
        Path out = build(Files.readString(MINIMAL.resolve("organisation.yaml")));

        for (String release : new String[] {"national", "regions/09-gotlands-lan"}) {
            assertThat(Files.readString(out.resolve(release + "/release.txt")))
                    .endsWith(
                            "OM EXEMPELFÖRBUNDET\nExempelförbundet är ett påhittat förbund som"
                                    + " bara finns i presskits tester.\n\n"
                                    + "Webbplats: https://www.exempelforbundet.se/\n"
                                    + "Besök vårt pressrum: https://www.exempelforbundet.se/press/\n");
        }
        assertThat(Files.readString(out.resolve("regions/25-norrbottens-lan/release.md")))
                .endsWith(
                        "tester.\n\nWebbplats: <https://www.exempelforbundet.se/>\n\n"
                                + "Besök vårt pressrum: <https://www.exempelforbundet.se/press/>\n");
        assertThat(Files.readString(out.resolve("national/release.html")))
                .contains(
                        "<p>Webbplats: <a href=\"https://www.exempelforbundet.se/\">"
                                + "https://www.exempelforbundet.se/</a><br>\n"
                                + "Besök vårt pressrum: <a href=\"https://www.exempelforbundet.se/press/\">"
                                + "https://www.exempelforbundet.se/press/</a></p>\n</article>");
    }

    @Test
    void thePageLinksTheWebSitePressRoomAndEveryAccountAndNamesTheLocalUnits() throws IOException {
        Path out = build(Files.readString(MINIMAL.resolve("organisation.yaml")));

        String page = Files.readString(out.resolve("index.html"));

        assertThat(page)
                .contains(
                        "<p><a href=\"https://www.exempelforbundet.se/\">Webbplats</a> · <a"
                                + " href=\"https://www.exempelforbundet.se/press/\">Pressrum</a></p>")
                .contains(
                        "<p>Följ Exempelförbundet:"
                                + " <a href=\"https://x.com/exempel_forb\">X (@exempel_forb)</a>"
                                + " · <a href=\"https://mastodon.nu/@exempelforbundet\">"
                                + "Mastodon (@exempelforbundet@mastodon.nu)</a>"
                                + " · <a href=\"https://bsky.app/profile/exempelforbundet.bsky.social\">"
                                + "Bluesky (@exempelforbundet.bsky.social)</a>"
                                + " · <a href=\"https://www.linkedin.com/company/exempelforbundet\">"
                                + "LinkedIn</a>"
                                + " · <a href=\"https://www.facebook.com/exempelforbundet\">"
                                + "Facebook</a></p>")
                .contains("<summary>För klubbarna, ett paket per län (2 zip-filer)</summary>")
                .contains("download>För klubbarna i Gotlands län (zip)</a>")
                .doesNotContain("avdelningarna");
    }

    @Test
    void withoutThemNothingIsSaidAndThePackagesAreOnePerRegion() throws IOException {
        Path out =
                build(
                        """
                        # Test fixture: an invented organisation with only the required fields.
                        name: Exempelförbundet
                        boilerplate:
                          - Exempelförbundet är ett påhittat förbund.
                        contacts:
                          - name: Testa Testsson
                            role: presschef
                            email: testa@exempel.invalid.se
                        """);

        assertThat(Files.readString(out.resolve("national/release.txt")))
                .endsWith("OM EXEMPELFÖRBUNDET\nExempelförbundet är ett påhittat förbund.\n");
        assertThat(Files.readString(out.resolve("national/release.md")))
                .endsWith("## Om Exempelförbundet\n\nExempelförbundet är ett påhittat förbund.\n");
        assertThat(Files.readString(out.resolve("national/release.html")))
                .contains("<p>Exempelförbundet är ett påhittat förbund.</p>\n</article>");
        String page = Files.readString(out.resolve("index.html"));
        assertThat(page)
                .doesNotContain("Webbplats")
                .doesNotContain("Pressrum")
                .doesNotContain("Följ")
                .contains("<summary>Ett paket per län (2 zip-filer)</summary>")
                .contains("download>Gotlands län (zip)</a>")
                .doesNotContain("För Gotlands län")
                .doesNotContain("För ,");
    }

    /** The kit's year folder of the minimal fixture's year with {@code organisation}. */
    private Path build(String organisation) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.writeString(messages.resolve("organisation.yaml"), organisation);
        Files.writeString(
                messages.resolve("2023.yaml"),
                Files.readString(MINIMAL.resolve("2023.yaml"))
                        + """
                        local:
                          committee: Barn- och utbildningsnämnden
                          question: Hur ska ni få fler att tycka om tester?
                        """);
        Files.writeString(messages.resolve("sweden.yaml"), SWEDEN);
        Cli.Run run = Cli.build(messages, tmp.resolve("out"));
        assertThat(run.status()).as(run.all()).isZero();
        return tmp.resolve("out/2023");
    }
}
