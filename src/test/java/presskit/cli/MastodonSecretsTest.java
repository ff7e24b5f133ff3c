package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.BuildFixture;
import presskit.publish.FakeMastodon;

/**
 * Runs every error path of {@code publish --channel mastodon --live --debug} with distinctive
 * tokens, one with characters that encodings change, against an instance that quotes the request's
 * Authorization header back, and scans everything written for them.
 */
class MastodonSecretsTest {

    static final List<String> TOKENS =
            List.of("Zq7mastodonTok3nK9x8W2v5Lq1Rt6Yb", "Zq7mast*odon tok+en/K9x8W2v5Lq1");

    @TempDir Path dir;

    final List<String> written = new ArrayList<>();
    Path state;

    @Test
    void noTokenAppearsInAnyOutputLedgerOrOutFolder() throws Exception {
        new BuildFixture(dir.resolve("out"), 2023)
                .thread("national/mastodon/key-1", "national", List.of("1/2 Ett", "2/2 Två"))
                .post("national/mastodon/short-1", "national", "Kort")
                .approveAll(dir.resolve("messages"))
                .write();
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // Anything a library prints on its own must be caught too.
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < TOKENS.size(); i++) {
                state = dir.resolve("state").resolve(Integer.toString(i));
                everyPath(TOKENS.get(i));
            }
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        written.add(console.toString(StandardCharsets.UTF_8));
        for (Path folder :
                List.of(dir.resolve("state"), dir.resolve("out"), dir.resolve("messages"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    written.add(Files.readString(file));
                }
            }
        }

        String everything = String.join("\n", written);
        assertThat(everything)
                .contains(
                        "the instance refused the access token",
                        "missing Mastodon credentials: MASTODON_ACCESS_TOKEN",
                        "is inside the Git working tree",
                        "[redacted]");
        for (String token : TOKENS) {
            for (String form : List.of(token, URLEncoder.encode(token, StandardCharsets.UTF_8))) {
                // Any ten characters in a row would be a leak too, such as a token cut in half.
                for (int i = 0; i + 10 <= form.length(); i++) {
                    assertThat(everything).doesNotContain(form.substring(i, i + 10));
                }
            }
        }
    }

    private void everyPath(String token) throws Exception {
        Map<String, String> environment = Map.of("MASTODON_ACCESS_TOKEN", token);
        try (FakeMastodon instance = new FakeMastodon().token(token)) {
            for (int status : new int[] {400, 403, 404, 422, 500}) {
                instance.forget();
                instance.then(echo(status), echo(status), echo(status));
                live(instance.root(), environment);
            }
            instance.forget();
            instance.then(FakeMastodon.rateLimited(Instant.now().plusSeconds(3600)));
            live(instance.root(), environment, "--max-wait", "1s");
            // A token the instance does not know: its 401.
            live(instance.root(), Map.of("MASTODON_ACCESS_TOKEN", token + "x"));
            live(instance.root(), Map.of());
            credentialsFile(instance.root(), dir.resolve("elsewhere"), token);
            Files.createDirectories(dir.resolve("repo/.git"));
            credentialsFile(instance.root(), dir.resolve("repo"), token);
            Files.writeString(
                    dir.resolve("bad.properties"), "MASTODON_ACCESS_TOKEN=\\uZZZZ" + token + "\n");
            live(
                    instance.root(),
                    Map.of(),
                    "--credentials",
                    dir.resolve("bad.properties").toString());
            live(instance.root(), environment);
            assertThat(instance.requests())
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.authorization()).startsWith("Bearer Zq7mast"));
        }
        live("http://127.0.0.1:" + closedPort(), environment);
    }

    private void live(String root, Map<String, String> environment, String... extra) {
        List<String> all =
                new ArrayList<>(
                        List.of(
                                "--debug",
                                "publish",
                                "--channel",
                                "mastodon",
                                "--live",
                                "--out",
                                dir.resolve("out").toString(),
                                "--messages",
                                dir.resolve("messages").toString(),
                                "--ledger-dir",
                                state.toString(),
                                "--api-base-url",
                                root));
        all.addAll(List.of(extra));
        Cli.Run result = new Cli().environment(environment).execute(all.toArray(String[]::new));
        written.add(result.out());
        written.add(result.err());
    }

    private void credentialsFile(String root, Path folder, String token) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("mastodon.properties");
        Files.writeString(file, "MASTODON_ACCESS_TOKEN=" + token.replace(" ", "\\ ") + "\n");
        live(root, Map.of(), "--credentials", file.toString());
    }

    /** An error answer that quotes the request's Authorization header back. */
    private static FakeMastodon.Reply echo(int status) {
        return (request, instance) ->
                FakeMastodon.status(status, "request was " + request.authorization())
                        .answer(request, instance);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
