package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's own addresses and accounts, which the release and the page link to, are
 * checked like the year's links and the politicians' handles, each at its line in {@code
 * organisation.yaml}. The campaign is the invented minimal fixture.
 */
class OrganisationAccountsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    @Test
    void aMastodonHandleWithoutItsInstanceIsAnErrorAtItsLine() throws IOException {
        Path organisation = organisation("accounts:\n  mastodon: \"@exempelforbundet\"\n");

        Cli.Run run = validate();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        organisation
                                + ":6:13: error: 'accounts.mastodon': '@exempelforbundet' is not a"
                                + " valid handle on mastodon; expected '@user@domain', e.g."
                                + " @exempel@mastodon.nu");
    }

    @Test
    void anXAccountWrittenAsAnAddressIsAnErrorAskingForTheHandle() throws IOException {
        Path organisation = organisation("accounts:\n  x: https://x.com/exempel_forb\n");

        Cli.Run run = validate();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        organisation
                                + ":6:6: error: 'accounts.x': 'https://x.com/exempel_forb' is not a"
                                + " valid handle on x; expected '@' followed by 1 to 15 letters");
    }

    @Test
    void aLinkedInPageWithoutHttpsIsAnErrorWithAnExample() throws IOException {
        Path organisation =
                organisation("accounts:\n  linkedin: www.linkedin.com/company/exempelforbundet\n");

        Cli.Run run = validate();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        organisation
                                + ":6:13: error: 'accounts.linkedin':"
                                + " 'www.linkedin.com/company/exempelforbundet' is not valid: the"
                                + " page's https:// address, e.g."
                                + " https://www.linkedin.com/company/skolfacket");
    }

    @Test
    void aFacebookPageWithAPasswordInItIsAnErrorLikeALinks() throws IOException {
        Path organisation =
                organisation(
                        "accounts:\n  facebook: https://redaktion:hemligt@www.facebook.com/exempel\n");

        Cli.Run run = validate();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        organisation
                                + ":6:13: error: 'accounts.facebook': the address has a user name or"
                                + " password before its host (https://…@www.facebook.com)");
    }

    @Test
    void aPlaceholderPressRoomIsAFindingAtItsLine() throws IOException {
        Path organisation = organisation("press_room: https://www.exempelforbundet.se/TODO\n");

        Cli.Run run = validate();

        assertThat(run.status()).as(run.all()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        organisation
                                + ":5:13: error: 'press_room': 'https://www.exempelforbundet.se/TODO'"
                                + " is a placeholder, not an address; fill in the real one");
    }

    @Test
    void aBlueskyHandleOneLetterFromBskySocialIsAWarningWithWhatWasMeant() throws IOException {
        Path organisation =
                organisation("accounts:\n  bluesky: \"@exempelforbundet.bsky.socal\"\n");

        Cli.Run run = validate();

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out())
                .contains(
                        organisation
                                + ":6:12: warning: 'accounts.bluesky': '@exempelforbundet.bsky.socal'"
                                + " looks like a slip for '@exempelforbundet.bsky.social'; write that,"
                                + " or keep it only if it is the organisation's own domain");
    }

    @Test
    void realAddressesAndHandlesOnEveryNetworkAreClean() throws IOException {
        organisation(
                """
                website: https://www.exempelforbundet.se/
                press_room: https://www.exempelforbundet.se/press/
                accounts:
                  x: "@exempel_forb"
                  mastodon: "@skolfacket@mastodon.nu"
                  bluesky: "@exempelforbundet.bsky.social"
                  linkedin: https://www.linkedin.com/company/exempelforbundet
                  facebook: https://www.facebook.com/exempelforbundet
                """);

        Cli.Run run = validate();

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("No findings.\n");
    }

    /**
     * The fixture's organisation with {@code fields} from line 5 on, written with the fixture's
     * year into {@code tmp/messages}.
     */
    private Path organisation(String fields) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("2023.yaml"), messages.resolve("2023.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        Path file = messages.resolve("organisation.yaml");
        Files.writeString(
                file,
                "# Test fixture: an invented organisation; its addresses lead nowhere.\n"
                        + "name: Exempelförbundet\n"
                        + "boilerplate:\n"
                        + "  - Exempelförbundet är ett påhittat förbund.\n"
                        + fields
                        + "contacts: []\n");
        return file;
    }

    private Cli.Run validate() {
        return Cli.run("validate", "--messages", tmp.resolve("messages").toString());
    }
}
