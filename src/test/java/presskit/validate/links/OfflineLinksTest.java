package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.cli.Main;

/**
 * {@code presskit links} without a network: when no host resolves, it says so and exits 3 instead
 * of calling every link broken. Host names under {@code .invalid} (RFC 2606) resolve nowhere, as
 * every name does offline; the local {@link TestSite} resolves.
 */
class OfflineLinksTest {

    private static final String HINT =
            "presskit: no host could be resolved: you seem to be offline; nothing was marked broken";

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

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "links";
        all[1] = "--cache-dir";
        all[2] = dir.resolve("cache").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        int status = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void noHostResolvingIsOfflineExitThreeAndTheLinksFileStaysAsItWas() throws IOException {
        Path messages = MinimalCampaign.linkingTo(dir, site.url("/og"));
        assertThat(run("--messages", messages.toString()).status()).isZero();
        Path file = messages.resolve("2023.links.json");
        byte[] before = Files.readAllBytes(file);
        Path year = messages.resolve("2023.yaml");
        Files.writeString(
                year,
                Files.readString(year).replace(site.url("/og"), "https://rapport.invalid/2023"));

        Run offline = run("--messages", messages.toString());

        assertThat(offline.status()).as(offline.err()).isEqualTo(3);
        assertThat(offline.err()).isEqualTo(HINT + " and the links file is as it was.\n");
        assertThat(offline.out()).doesNotContain("broken");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void urlsGivenOfflineAreNotCalledBroken() {
        Run offline = run("https://a.invalid/", "https://b.invalid/sida");

        assertThat(offline.status()).as(offline.err()).isEqualTo(3);
        assertThat(offline.err()).isEqualTo(HINT + ".\n");
        assertThat(offline.out()).isEmpty();
    }

    @Test
    void oneHostThatResolvesShowsTheNetworkWorksAndTheUnknownHostIsBroken() {
        Run online = run("--timeout", "5", "https://a.invalid/", site.url("/og"));

        assertThat(online.status()).as(online.err()).isEqualTo(1);
        assertThat(online.err()).doesNotContain("offline");
        assertThat(online.out()).contains("https://a.invalid/", "host not found");
    }
}
