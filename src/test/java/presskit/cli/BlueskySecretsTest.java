package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.publish.BuildFixture;
import presskit.publish.FakeBluesky;

/**
 * Runs {@code publish --channel bluesky --live --debug} through its success and error paths with a
 * distinctive app password, and scans everything written (stdout, stderr, the ledger, the approvals
 * file, out/) for it and for every token the PDS gave out. The handle is not a secret.
 */
class BlueskySecretsTest {

    static final String PASSWORD = "Zq9x-Kw4m-Tr7p-Vb2n";

    @TempDir Path dir;

    final List<String> written = new ArrayList<>();

    @Test
    void neitherTheAppPasswordNorAnyTokenAppearsInAnyOutputOrLedger() throws Exception {
        new BuildFixture(dir.resolve("out"), 2026)
                .channel("bluesky")
                .thread("national/bluesky/key-1", "national", List.of("1/2 Ett", "2/2 Två"))
                .post("national/bluesky/short-1", "national", "Kort")
                .approveAll(dir.resolve("messages"))
                .write();
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // Anything printed around the command's own writers must be caught too.
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        Set<String> tokens = new HashSet<>();
        try (FakeBluesky pds = new FakeBluesky(PASSWORD)) {
            live(pds.root(), PASSWORD + "-wrong");
            pds.echoAuthorization(1);
            live(pds.root(), PASSWORD, "--only", "national/bluesky/short-1");
            // A file outside any repository works, with a warning when others can read it.
            Path outside = dir.resolve("elsewhere/bluesky.properties");
            Files.createDirectories(outside.getParent());
            Files.writeString(
                    outside,
                    "BLUESKY_HANDLE=" + FakeBluesky.HANDLE + "\nBLUESKY_APP_PASSWORD=" + PASSWORD);
            Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
            pds.echoAuthorization(1);
            Cli.Run fromFile =
                    new Cli()
                            .execute(
                                    args(
                                            pds.root(),
                                            "--only",
                                            "national/bluesky/short-1",
                                            "--credentials",
                                            outside.toString()));
            written.add(fromFile.out());
            written.add(fromFile.err());
            assertThat(fromFile.out() + fromFile.err())
                    .contains("can be read by other users; run 'chmod 600")
                    .contains("Bearer [redacted]");
            pds.failAfterWriting(3);
            live(pds.root(), PASSWORD, "--only", "national/bluesky/short-1");
            pds.holdWrites(record -> pds.expireAccessTokens());
            live(pds.root(), PASSWORD);
            Path file = dir.resolve("repo/bluesky.properties");
            Files.createDirectories(dir.resolve("repo/.git"));
            Files.writeString(
                    file,
                    "BLUESKY_HANDLE=" + FakeBluesky.HANDLE + "\nBLUESKY_APP_PASSWORD=" + PASSWORD);
            written.add(
                    new Cli().execute(args(pds.root(), "--credentials", file.toString())).err());
            tokens.addAll(pds.issuedTokens());
            assertThat(pds.calls("com.atproto.server.refreshSession")).isPositive();
            assertThat(pds.records()).hasSize(3);
        }
        live("http://127.0.0.1:" + closedPort(), PASSWORD);
        System.setOut(realOut);
        System.setErr(realErr);
        written.add(console.toString(StandardCharsets.UTF_8));
        for (String folder : List.of("state", "out", "messages")) {
            try (Stream<Path> files = Files.walk(dir.resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    written.add(Files.readString(f));
                }
            }
        }

        String everything = String.join("\n", written);
        assertThat(everything)
                .contains(
                        "[redacted]",
                        "401 AuthenticationRequired",
                        "is inside the Git working tree");
        Set<String> secrets = new HashSet<>(tokens);
        secrets.add(PASSWORD);
        assertThat(tokens).hasSizeGreaterThan(4);
        for (String secret : secrets) {
            // Any ten characters in a row would be a leak too, such as a secret cut in half.
            for (int i = 0; i + 10 <= secret.length(); i++) {
                String piece = secret.substring(i, i + 10);
                if (!piece.startsWith("eyJhbGciOi")) {
                    assertThat(everything).doesNotContain(piece);
                }
            }
        }
    }

    private void live(String root, String password, String... extra) {
        Cli.Run result =
                new Cli()
                        .environment(BlueskyPublishTest.account(FakeBluesky.HANDLE, password))
                        .execute(args(root, extra));
        written.add(result.out());
        written.add(result.err());
    }

    private String[] args(String root, String... extra) {
        List<String> all = new ArrayList<>(List.of("--debug"));
        all.addAll(List.of(BlueskyPublishTest.liveArguments(dir, root, extra)));
        return all.toArray(String[]::new);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
