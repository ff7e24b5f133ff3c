package presskit.validate.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small web site on 127.0.0.1 with one route per kind of link the checker must judge; it counts
 * the requests per path and the most requests it ever had in flight at once. Public for the tests
 * of what a build shows after a check (the page's link status).
 */
public final class TestSite implements AutoCloseable {

    static final String OG_PAGE =
            """
            <!doctype html><html><head><meta charset="utf-8">
            <title>Socialchefsrapporten 2023</title>
            <meta property="og:title" content="Socialchefer larmar">
            <meta property="og:description" content="Åtta av tio socialchefer ser ökade behov.">
            <meta property="og:image" content="/img/card.png">
            </head><body><h1>Socialchefsrapporten</h1></body></html>""";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Set<HttpExchange> answered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong hugeBytesSent = new AtomicLong();

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // The default executor is a single thread, which would hide any concurrency of the client.
        server.setExecutor(threads);
        server.start();
    }

    /** The absolute URL of a path on this site. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The absolute URL of a path with an invented user name and password in it. */
    String credentialsUrl(String path) {
        return "http://admin:TOPSECRETPW@127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The URL of {@code /go}, which redirects to {@code target}. */
    String redirectingTo(String target) {
        return url("/go?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    /** How many requests came for a path (query excluded). */
    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /** How much of the 64 MB page {@code /huge} was sent before the client stopped reading. */
    long hugeBytesSent() {
        return hugeBytesSent.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        int n = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (ex) {
            route(ex, path, n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            answered(ex);
        }
    }

    /**
     * A request stops being in flight when its answer starts: the client may send its next request
     * as soon as it has read the answer, which can be before this handler has returned.
     */
    private void answered(HttpExchange ex) {
        // Not an exchange attribute: the JDK server shares those across its context.
        if (answered.add(ex)) {
            inFlight.decrementAndGet();
        }
    }

    private void route(HttpExchange ex, String path, int hit)
            throws IOException, InterruptedException {
        switch (path) {
            case "/og" -> send(ex, 200, "text/html; charset=utf-8", OG_PAGE);
            case "/old" -> redirect(ex, 301, "/og");
            case "/hop1" -> redirect(ex, 302, url("/hop2"));
            case "/hop2" -> redirect(ex, 307, "/og");
            case "/loop/a" -> redirect(ex, 302, "/loop/b");
            case "/loop/b" -> redirect(ex, 302, "/loop/a");
            case "/to-ftp" -> redirect(ex, 302, "ftp://127.0.0.1/file");
            case "/missing" -> send(ex, 404, "text/html", "<title>Not here</title>");
            case "/error" -> send(ex, 500, "text/plain", "boom");
            case "/slow" -> {
                Thread.sleep(5_000);
                send(ex, 200, "text/html", "<title>Too late</title>");
            }
            case "/borttagen" ->
                    send(
                            ex,
                            200,
                            "text/html; charset=utf-8",
                            "<html><head><title>Sidan kunde inte hittas | Vision</title></head><body></body></html>");
            case "/gone-en" ->
                    send(
                            ex,
                            200,
                            "text/html",
                            "<html><head><title>Vision</title></head><body><h1>Page not found</h1></body></html>");
            case "/report.pdf" ->
                    send(ex, 200, "application/pdf", "%PDF-1.4\n%" + "x".repeat(100_000));
            case "/busy" -> {
                if (hit == 1) {
                    ex.getResponseHeaders().set("Retry-After", "1");
                    send(ex, 429, "text/plain", "slow down");
                } else {
                    send(ex, 200, "text/html", "<title>After the wait</title>");
                }
            }
            case "/busy-huge" -> {
                ex.getResponseHeaders().set("Retry-After", "99999999999999999999999999");
                send(ex, 429, "text/plain", "come back in a few aeons");
            }
            case "/busy-max" -> {
                ex.getResponseHeaders().set("Retry-After", String.valueOf(Long.MAX_VALUE));
                send(ex, 429, "text/plain", "come back at the end of time");
            }
            case "/busy-long" -> {
                ex.getResponseHeaders().set("Retry-After", "120");
                send(ex, 429, "text/plain", "come back later");
            }
            case "/busy-date" -> {
                // The last second RFC 1123 can name: a wait of about 8 000 years.
                ex.getResponseHeaders().set("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT");
                send(ex, 429, "text/plain", "come back in the year 10000");
            }
            case "/busy-always" -> {
                ex.getResponseHeaders().set("Retry-After", "0");
                send(ex, 429, "text/plain", "still too many");
            }
            case "/creds" -> send(ex, 200, "text/html; charset=utf-8", OG_PAGE);
            case "/to-creds" -> redirect(ex, 302, credentialsUrl("/creds"));
            case "/go" -> {
                // Redirects to the address in the query, as link shorteners do.
                String to = ex.getRequestURI().getRawQuery().substring("to=".length());
                redirect(ex, 302, URLDecoder.decode(to, StandardCharsets.UTF_8));
            }
            case "/huge" -> endless(ex, 64 * 1024 * 1024, 0);
            case "/trickle" -> endless(ex, 100, 200);
            case "/unavailable" ->
                    send(ex, hit == 1 ? 503 : 200, "text/html", "<title>Back again</title>");
            default -> {
                if (path.startsWith("/delay/")) {
                    Thread.sleep(50);
                    send(ex, 200, "text/html", "<title>Page " + path.substring(7) + "</title>");
                } else {
                    send(ex, 404, "text/plain", "no route");
                }
            }
        }
    }

    /**
     * A page whose head comes at once and whose body goes on, in chunks of 64 KiB apart by pauseMs.
     */
    private void endless(HttpExchange ex, int chunks, long pauseMs)
            throws IOException, InterruptedException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        answered(ex);
        ex.sendResponseHeaders(200, 0);
        byte[] filler = "<p>fyllnad</p>\n".repeat(64 * 1024 / 15).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(
                    "<html><head><title>Stor sida</title></head><body>"
                            .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < chunks; i++) {
                out.write(filler);
                out.flush();
                if (ex.getRequestURI().getPath().equals("/huge")) {
                    hugeBytesSent.addAndGet(filler.length);
                }
                Thread.sleep(pauseMs);
            }
        } catch (IOException clientStoppedReading) {
            // Expected: the checker reads only the start of the page.
        }
    }

    private void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        send(ex, status, "text/plain", "");
    }

    private void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        answered(ex);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
