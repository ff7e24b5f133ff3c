package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A link a page would turn into a script, or one carrying a user name and password, is refused
 * where it is written (F12, F4): {@code build} and {@code validate} stop with exit 2 at its line
 * and write nothing. The minimal fixture is invented, and so are the credentials.
 */
class UnsafeLinkTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    private Path messagesWithLink(String yamlValue) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        Files.writeString(
                messages.resolve("2023.yaml"),
                year.replace("    url: https://www.vision.se/", "    url: " + yamlValue));
        return messages;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"javascript:alert('x')\"                 | javascript",
                "\"  JaVa\\tScript:alert(1)\"              | javascript",
                "'data:text/html,<script>alert(1)</script>' | data",
                "file:///etc/passwd                        | file",
                "vbscript:msgbox                           | vbscript",
                "ftp://ftp.vision.se/rapport.pdf           | ftp"
            })
    void aLinkThatIsNotAWebAddressStopsTheBuildAtItsLine(String yamlValue, String scheme)
            throws IOException {
        Path messages = messagesWithLink(yamlValue);
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.build(messages, out);

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        messages.resolve("2023.yaml")
                                + ":43:10: error: 'links[0].url': a link must be a web address"
                                + " starting with https://, not "
                                + scheme
                                + ": (a page would make it clickable); write the page's https://"
                                + " address\n")
                .endsWith("nothing was written.\n");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://linkuser:SECRETPASS123@www.vision.se/rapport",
                "https://linkuser@www.vision.se/",
                "'https:\\\\linkuser:SECRETPASS123@www.vision.se/'"
            })
    void aLinkWithAUserNameOrPasswordStopsValidateWithoutShowingThem(String yamlValue)
            throws IOException {
        Path messages = messagesWithLink(yamlValue);

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(messages.resolve("2023.yaml") + ":43:10: error: 'links[0].url': ")
                .contains(
                        "the address has a user name or password before its host",
                        "…@www.vision.se); remove them: the kit is public, and so would they be")
                .doesNotContainIgnoringCase("secretpass")
                .doesNotContain("linkuser", "Exception");
    }

    @Test
    void theOrganisationsWebSiteIsCheckedToo() throws IOException {
        Path messages = messagesWithLink("https://www.vision.se/");
        Path organisation = messages.resolve("organisation.yaml");
        Files.writeString(
                organisation,
                Files.readString(organisation)
                        .replace(
                                "website: https://www.exempelforbundet.se/",
                                "website: \"javascript:alert(1)\""));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        organisation
                                + ":6:10: error: 'website': 'javascript:alert(1)' is not valid: the"
                                + " organisation's home page, an https:// address");
    }
}
