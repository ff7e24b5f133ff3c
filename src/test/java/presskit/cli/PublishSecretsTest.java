package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.BuildFixture;
import presskit.publish.FakeXApi;

/**
 * Runs every error path of {@code publish --live --debug} with distinctive fake secrets, including
 * a server that echoes the signed request back, and scans everything written for them.
 */
class PublishSecretsTest {

    static final Map<String, String> KEYS =
            Map.of(
                    "X_API_KEY",
                    "Zq7apikeyQ3v9Lm2Xw8Rt5Yb",
                    "X_API_KEY_SECRET",
                    "Zq7apisecretP4n6Kd1Hs0Gf3Jc7Vb2Nm5Lq8Wx",
                    "X_ACCESS_TOKEN",
                    "Zq7tokenA1s2D3f4G5h6J7k8",
                    "X_ACCESS_TOKEN_SECRET",
                    "Zq7tokensecretM9n8B7v6C5x4Z3l2K1j0");

    /**
     * Credentials with the characters OAuth encodes otherwise than a form does ('*' → %2A, space →
     * %20), which X's real keys do not have but a proxy's or a test account's may.
     */
    static final Map<String, String> ODD_KEYS =
            Map.of(
                    "X_API_KEY",
                    "Yw4odd*key Hq8Tz2Rk",
                    "X_API_KEY_SECRET",
                    "Yw4odd*secret Pn6Kd1Hs0",
                    "X_ACCESS_TOKEN",
                    "Yw4odd*token Mj3Lx7Qc",
                    "X_ACCESS_TOKEN_SECRET",
                    "Yw4odd*tokensecret Bv9Nw5");

    @TempDir Path dir;

    final List<String> written = new ArrayList<>();

    @Test
    void noSecretAppearsInAnyOutputLedgerOrTrace() throws Exception {
        new BuildFixture(dir.resolve("out"), 2023)
                .thread("national/x/key-1", "national", List.of("1/2 Ett", "2/2 Två"))
                .post("national/x/short-1", "national", "Kort")
                .write();
        Approved.texts(
                dir.resolve("messages"),
                2023,
                Map.of(
                        "national/x/key-1",
                        List.of("1/2 Ett", "2/2 Två"),
                        "national/x/short-1",
                        List.of("Kort")));
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // Anything a library prints on its own must be caught too.
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try (FakeXApi api = new FakeXApi()) {
            for (int status : new int[] {401, 403, 400, 404, 500}) {
                api.forget();
                api.then(echo(status), echo(status), echo(status));
                live(api.root(), KEYS);
            }
            for (int status : new int[] {400, 401, 500}) {
                api.forget();
                api.then(echo(status), echo(status), echo(status));
                live(api.root(), ODD_KEYS);
            }
            api.forget();
            api.then(FakeXApi.duplicate());
            live(api.root(), KEYS, "--only", "national/x/short-1");
            api.then(FakeXApi.createdWithoutId());
            live(api.root(), KEYS);
            api.then(FakeXApi.rateLimited(java.time.Instant.now().getEpochSecond() + 3600));
            live(api.root(), KEYS, "--max-wait", "1s");
            live(api.root(), KEYS);
            Map<String, String> three = new HashMap<>(KEYS);
            three.remove("X_ACCESS_TOKEN_SECRET");
            live(api.root(), three);
            credentialsFile(api.root(), dir.resolve("elsewhere"));
            credentialsFile(api.root(), dir.resolve("repo"));
            Files.createDirectories(dir.resolve("repo/.git"));
            credentialsFile(api.root(), dir.resolve("repo"));
            Files.writeString(
                    dir.resolve("bad.properties"),
                    "X_API_KEY=\\uZZZZ" + KEYS.get("X_API_KEY") + "\n");
            written.add(
                    cli(Map.of())
                            .execute(
                                    args(
                                            api.root(),
                                            "--credentials",
                                            dir.resolve("bad.properties").toString()))
                            .err());
            assertThat(api.requests())
                    .allSatisfy(
                            r ->
                                    assertThat(r.authorization())
                                            .containsAnyOf(
                                                    KEYS.get("X_API_KEY"),
                                                    "Yw4odd%2Akey%20Hq8Tz2Rk"))
                    .anySatisfy(
                            r -> assertThat(r.authorization()).contains("Yw4odd%2Akey%20Hq8Tz2Rk"));
        }
        String closed = "http://127.0.0.1:" + closedPort();
        live(closed, KEYS);
        System.setOut(realOut);
        System.setErr(realErr);
        written.add(console.toString(StandardCharsets.UTF_8));
        written.add(Files.readString(dir.resolve("messages/2023.approvals.yaml")));
        try (Stream<Path> files = Files.walk(dir.resolve("state"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                written.add(Files.readString(file));
            }
        }

        String everything = String.join("\n", written);
        assertThat(everything)
                .contains(
                        "X refused the credentials",
                        "missing X credentials: X_ACCESS_TOKEN_SECRET",
                        "is inside the Git working tree",
                        "[redacted]");
        List<String> secrets = new ArrayList<>();
        secrets.addAll(KEYS.values());
        for (String secret : ODD_KEYS.values()) {
            secrets.add(secret);
            // As OAuth 1.0a writes it in the Authorization header, which the fake echoes.
            secrets.add(secret.replace("*", "%2A").replace(" ", "%20"));
            secrets.add(secret.replace(" ", "+"));
        }
        for (String secret : secrets) {
            // Any ten characters in a row would be a leak too, such as a secret cut in half.
            for (int i = 0; i + 10 <= secret.length(); i++) {
                assertThat(everything).doesNotContain(secret.substring(i, i + 10));
            }
        }
    }

    private void live(String root, Map<String, String> environment, String... extra) {
        Cli.Run result = cli(environment).execute(args(root, extra));
        written.add(result.out());
        written.add(result.err());
    }

    private void credentialsFile(String root, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("x.properties");
        StringBuilder text = new StringBuilder();
        KEYS.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        Files.writeString(file, text);
        Cli.Run result = cli(Map.of()).execute(args(root, "--credentials", file.toString()));
        written.add(result.out());
        written.add(result.err());
    }

    private Cli cli(Map<String, String> environment) {
        return new Cli().environment(environment);
    }

    private String[] args(String root, String... extra) {
        List<String> all =
                new ArrayList<>(
                        List.of(
                                "--debug",
                                "publish",
                                "--channel",
                                "x",
                                "--live",
                                "--out",
                                dir.resolve("out").toString(),
                                "--messages",
                                dir.resolve("messages").toString(),
                                "--ledger-dir",
                                dir.resolve("state").toString(),
                                "--api-base-url",
                                root));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    /**
     * An error answer that quotes the request's signed Authorization header back, as a careless
     * proxy might.
     */
    private static FakeXApi.Reply echo(int status) {
        return (request, id) ->
                new FakeXApi.Response(
                        status,
                        "{\"title\":\"Error\",\"detail\":\"request was "
                                + request.authorization().replace("\"", "'")
                                + "\"}",
                        Map.of());
    }

    private static int closedPort() throws Exception {
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
