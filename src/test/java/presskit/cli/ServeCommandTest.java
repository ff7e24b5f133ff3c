package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code presskit serve} as a user runs it: its own process, a real browser's requests (the JDK's
 * HTTP client), real saves in the messages folder, and Ctrl-C (SIGINT) to stop it.
 */
class ServeCommandTest {

    /** The acceptance bound from a save to the new text on the server, polled, not a timing. */
    private static final Duration SAVE_TO_SERVED = Duration.ofSeconds(2);

    private static final String POST = "national/x/short-1.txt";
    private static final Pattern URL = Pattern.compile("Serving at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();
    private Process serve;

    @AfterEach
    void stopServe() {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly();
        }
    }

    @Test
    void servesTheKitRebuildsOnSaveShowsALocatedErrorAndStopsOnCtrlC() throws Exception {
        Path messages =
                Trees.copy(Path.of("src/test/resources/fixtures/minimal"), tmp.resolve("m"));
        Path year = messages.resolve("2023.yaml");
        Files.createDirectories(tmp.resolve("templates"));
        String good = Files.readString(year);
        int port = start(messages);

        HttpResponse<String> page = get(port, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("new EventSource(\"/__presskit/events\")");
        assertThat(page.body()).doesNotContain("presskit-serve-problems");
        HttpResponse<String> post = get(port, "/" + POST);
        assertThat(post.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(post.body()).contains("Testa mera.");
        assertThat(get(port, "/manifest.json").headers().firstValue("Content-Type"))
                .hasValue("application/json; charset=utf-8");
        // A zip is packed when it is asked for, from the kit served.
        HttpResponse<byte[]> zip =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://127.0.0.1:"
                                                        + port
                                                        + "/presskit-2023-press.zip"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(new String(zip.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(get(port, "/no/such/file.txt").statusCode()).isEqualTo(404);
        BlockingQueue<String> events = events(port);
        String first = events.poll(10, TimeUnit.SECONDS);
        assertThat(first).startsWith("data: ");

        Files.writeString(year, good.replace("Testa mera.", "Testa ännu mera."));
        assertThat(poll(port, "/" + POST, b -> b.contains("Testa ännu mera.")))
                .as("the new text within %s of the save", SAVE_TO_SERVED)
                .isPresent();
        assertThat(events.poll(10, TimeUnit.SECONDS)).as("open pages are told").isNotEqualTo(first);

        // A broken YAML: its place and words on every page, over the last kit that built.
        Files.writeString(year, good.replace("  short:\n", "  short: [\n"));
        Optional<String> broken =
                poll(port, "/", b -> b.contains("id=\"presskit-serve-problems\""));
        assertThat(broken).isPresent();
        assertThat(broken.get())
                // As the command line words it: the path from where serve runs, line 32 column 5.
                .contains(
                        "m/2023.yaml:32:5: error: expected the node content, but found &#39;-&#39;")
                .contains("Exempelförbundet");
        assertThat(get(port, "/" + POST).body()).contains("Testa ännu mera.");

        Files.writeString(year, good);
        assertThat(poll(port, "/", b -> !b.contains("presskit-serve-problems"))).isPresent();
        assertThat(get(port, "/" + POST).body()).contains("Testa mera.").doesNotContain("ännu");

        // A template error in the watched templates folder, in a folder made after serve started.
        Path template = tmp.resolve("templates/x/short.txt.ftl");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "${message.text}\n${nosuchthing}\n");
        Optional<String> wrong = poll(port, "/", b -> b.contains("id=\"presskit-serve-problems\""));
        assertThat(wrong).isPresent();
        assertThat(wrong.get())
                .contains("templates/x/short.txt.ftl:2:3: error: &#39;nosuchthing&#39;");
        Files.delete(template);
        assertThat(poll(port, "/", b -> !b.contains("presskit-serve-problems"))).isPresent();

        new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();
        assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("stopped by Ctrl-C").isTrue();
        String err = Files.readString(tmp.resolve("serve.err"));
        assertThat(serve.exitValue()).as(err).isEqualTo(130);
        assertThat(Files.readString(tmp.resolve("serve.out"))).contains("Stopped serving.");
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).as("the port is free again").isEqualTo(port);
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        try (KitServer server = KitServer.start(0)) {
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            for (InetAddress other : otherAddresses()) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(
                                    () ->
                                            socket.connect(
                                                    new InetSocketAddress(
                                                            other, server.address().getPort()),
                                                    2_000))
                            .as("reached on %s", other)
                            .isInstanceOf(ConnectException.class);
                }
            }
        }
    }

    @Test
    void aTakenPortIsAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Cli.Run run =
                    Cli.run(
                            "serve",
                            "--port",
                            String.valueOf(taken.getLocalPort()),
                            "--messages",
                            "src/test/resources/fixtures/minimal");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .contains("port " + taken.getLocalPort() + " of 127.0.0.1 is taken")
                    .contains("--port 0");
        }
    }

    /** This machine's addresses other than loopback: none of them may reach the server. */
    private static List<InetAddress> otherAddresses() throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (nic.isUp() && !nic.isLoopback()) {
                nic.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(found::add);
            }
        }
        return found;
    }

    /** Starts {@code presskit serve --port 0} in its own process and returns the port it took. */
    private int start(Path messages) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Path out = tmp.resolve("serve.out");
        serve =
                new ProcessBuilder(
                                java,
                                "-XX:TieredStopAtLevel=1",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName(),
                                "serve",
                                "--port",
                                "0",
                                "--messages",
                                messages.toString())
                        .directory(tmp.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(tmp.resolve("serve.err").toFile())
                        .start();
        // The first build of a cold process: as long as the machine takes, bounded for a hang.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && serve.isAlive()) {
            Matcher m = URL.matcher(Files.readString(out));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "serve printed no address:\n"
                        + Files.readString(out)
                        + Files.readString(tmp.resolve("serve.err")));
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The body of {@code path} once it matches, asked every 50 ms for {@link #SAVE_TO_SERVED}. */
    private Optional<String> poll(int port, String path, Predicate<String> wanted)
            throws Exception {
        long deadline = System.nanoTime() + SAVE_TO_SERVED.toNanos();
        do {
            String body = get(port, path).body();
            if (wanted.test(body)) {
                return Optional.of(body);
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** The data lines of the events stream, as a page's EventSource gets them. */
    private BlockingQueue<String> events(int port) throws Exception {
        HttpResponse<InputStream> stream =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + KitServer.EVENTS))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValue("text/event-stream; charset=utf-8");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader in =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    stream.body(), StandardCharsets.UTF_8))) {
                                for (String line; (line = in.readLine()) != null; ) {
                                    if (line.startsWith("data: ")) {
                                        lines.add(line);
                                    }
                                }
                            } catch (IOException e) {
                                // The server stopped.
                            }
                        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
