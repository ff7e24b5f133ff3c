package presskit.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves a kit from memory on the loopback address only, with the page reloaded when a new kit is
 * ready ({@link LiveReload}). Nothing is read from disk: a rebuild hands over the new files.
 */
final class KitServer implements AutoCloseable {

    /** The Server-Sent Events stream that tells open pages a new kit is ready. */
    static final String EVENTS = "/__presskit/events";

    /** A keep-alive comment this often finds connections of closed pages. */
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("html", "text/html; charset=utf-8"),
                    Map.entry("css", "text/css; charset=utf-8"),
                    Map.entry("js", "text/javascript; charset=utf-8"),
                    Map.entry("json", "application/json; charset=utf-8"),
                    Map.entry("txt", "text/plain; charset=utf-8"),
                    Map.entry("md", "text/markdown; charset=utf-8"),
                    Map.entry("ics", "text/calendar; charset=utf-8"),
                    Map.entry("csv", "text/csv; charset=utf-8"),
                    Map.entry("vcf", "text/vcard; charset=utf-8"),
                    Map.entry("pdf", "application/pdf"),
                    Map.entry("png", "image/png"),
                    Map.entry("jpg", "image/jpeg"),
                    Map.entry("jpeg", "image/jpeg"),
                    Map.entry("zip", "application/zip"));

    private final HttpServer server;
    private final ExecutorService handlers;
    private Shown shown = new Shown(Map.of(), List.of(), 0, false);

    /** What is served: the last good kit's files, the problems of the last build, its number. */
    private record Shown(
            Map<String, Supplier<byte[]>> files,
            List<String> problems,
            long generation,
            boolean closed) {}

    private KitServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    /**
     * Starts serving nothing yet on 127.0.0.1:{@code port} (0: any free port).
     *
     * @throws CommandFailure when the port is taken
     */
    static KitServer start(int port) {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "port "
                            + port
                            + " of 127.0.0.1 is taken; give another with --port N, or --port 0"
                            + " for any free one.");
        } catch (IOException e) {
            throw new CommandFailure(
                    ExitCode.IO, "cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
        }
        // Each open page holds one events stream: a thread each, so the streams never wait in
        // line behind one another or behind a file.
        ExecutorService handlers =
                Executors.newCachedThreadPool(
                        task -> {
                            Thread thread = new Thread(task, "presskit-serve-http");
                            thread.setDaemon(true);
                            return thread;
                        });
        KitServer kitServer = new KitServer(server, handlers);
        server.setExecutor(handlers);
        server.createContext("/", kitServer::handle);
        server.start();
        return kitServer;
    }

    /** The address served on. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Serves a new kit from now on, and tells open pages to reload. Each file is made when first
     * asked for (a zip is packed only when someone downloads it).
     */
    synchronized void show(Map<String, Supplier<byte[]>> files) {
        shown = new Shown(Map.copyOf(files), List.of(), shown.generation() + 1, shown.closed());
        notifyAll();
    }

    /**
     * Keeps the last good kit, with {@code problems} (one line each) at the top of every page, and
     * tells open pages to reload.
     */
    synchronized void showProblems(List<String> problems) {
        shown =
                new Shown(
                        shown.files(),
                        List.copyOf(problems),
                        shown.generation() + 1,
                        shown.closed());
        notifyAll();
    }

    private synchronized Shown shown() {
        return shown;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", utf8("GET only.\n"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(EVENTS)) {
                events(exchange);
                return;
            }
            Shown now = shown();
            String file = path.substring(1);
            if (file.isEmpty() || file.endsWith("/")) {
                file += "index.html";
            }
            Supplier<byte[]> made = now.files().get(file);
            if (made == null) {
                send(exchange, 404, TYPES.get("html"), LiveReload.notFound(path, now.generation()));
                return;
            }
            byte[] body = made.get();
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            if (file.endsWith(".html")) {
                body = LiveReload.inject(body, now.problems(), now.generation());
            }
            send(exchange, 200, type, body);
        }
    }

    /** The events stream: the kit's number now, and again each time it changes. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        long sent = -1;
        try {
            while (true) {
                Shown now = next(sent);
                if (now.closed()) {
                    return;
                }
                String event =
                        now.generation() == sent
                                ? ": still here\n\n"
                                : "data: " + now.generation() + "\n\n";
                body.write(utf8(event));
                body.flush();
                sent = now.generation();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page was closed or reloaded: its stream ends here.
        }
    }

    /** Waits until the kit is not number {@code sent} any more, or a keep-alive is due. */
    private synchronized Shown next(long sent) throws InterruptedException {
        if (shown.generation() == sent && !shown.closed()) {
            wait(KEEP_ALIVE_MILLIS);
        }
        return shown;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // A preview changes with every save: a browser must never show an older one.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops serving: open event streams end, the port is free again. */
    @Override
    public void close() {
        synchronized (this) {
            shown = new Shown(shown.files(), shown.problems(), shown.generation(), true);
            notifyAll();
        }
        server.stop(0);
        handlers.shutdownNow();
    }
}
