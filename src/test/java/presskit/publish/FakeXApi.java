package presskit.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for X's {@code POST /2/tweets} on 127.0.0.1, answering with scripted replies in order
 * and then with 201 and fresh ids. Every request is recorded, so tests see exactly what the real
 * client sent.
 */
public final class FakeXApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server received it. */
    public record Request(
            String method,
            String path,
            String authorization,
            String text,
            String inReplyTo,
            String body) {}

    /** An answer: status, JSON body (empty for none) and extra headers. */
    public record Response(int status, String body, Map<String, String> headers) {}

    /** Computes the answer to a request; may block to hold the answer back. */
    @FunctionalInterface
    public interface Reply {
        Response answer(Request request, String newId) throws InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final AtomicLong nextId = new AtomicLong(1_700_000_000_000_000_001L);

    public FakeXApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The API root to give as {@code --api-base-url}. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues answers for the next requests, in order. */
    public synchronized FakeXApi then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Drops answers queued but not used. */
    public synchronized void forget() {
        script.clear();
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public static Reply created() {
        return (request, id) ->
                new Response(201, "{\"data\":{\"id\":\"" + id + "\",\"text\":\"x\"}}", Map.of());
    }

    public static Reply status(int status, String body, Map<String, String> headers) {
        return (request, id) -> new Response(status, body, headers);
    }

    public static Reply duplicate() {
        return status(
                403,
                "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\","
                        + "\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}",
                Map.of());
    }

    public static Reply rateLimited(long resetEpochSeconds) {
        return status(
                429,
                "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"status\":429}",
                Map.of(
                        "x-rate-limit-limit",
                        "200",
                        "x-rate-limit-remaining",
                        "0",
                        "x-rate-limit-reset",
                        Long.toString(resetEpochSeconds)));
    }

    public static Reply createdWithoutId() {
        return status(201, "{\"data\":{\"text\":\"x\"}}", Map.of());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body =
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
            Request request =
                    new Request(
                            exchange.getRequestMethod(),
                            exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            json.path("text").asText(null),
                            json.path("reply").path("in_reply_to_tweet_id").asText(null),
                            body);
            Reply reply;
            synchronized (this) {
                requests.add(request);
                reply = script.isEmpty() ? created() : script.poll();
            }
            Response response = reply.answer(request, Long.toString(nextId.getAndIncrement()));
            response.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            // A fixed length (or -1 for none): an empty chunked body confuses Twitter4J's client.
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
