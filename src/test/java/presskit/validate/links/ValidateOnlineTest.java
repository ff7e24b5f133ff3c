package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.cli.Main;

/** {@code validate --online} reports broken links at their YAML line. */
class ValidateOnlineTest {

    private static TestSite site;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws IOException {
        site = new TestSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private Path messages(String reportUrl) throws IOException {
        return MinimalCampaign.linkingTo(dir, reportUrl);
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aBrokenLinkIsAFindingAtItsLineInTheYaml() throws IOException {
        Path messages = messages(site.url("/missing"));
        StringWriter out = new StringWriter();

        int status =
                run(
                        out,
                        new StringWriter(),
                        "validate",
                        "--online",
                        "--messages",
                        messages.toString(),
                        "--cache-dir",
                        dir.resolve("cache").toString());

        assertThat(status).isEqualTo(1);
        assertThat(out.toString())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":43:10: error: 'links[0].url': broken (HTTP 404)");
    }
}
