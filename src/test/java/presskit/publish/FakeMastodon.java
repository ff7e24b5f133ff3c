package presskit.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Mastodon instance's {@code POST /api/v1/statuses} on 127.0.0.1, as Mastodon answers it: the
 * bearer token checked (401 {@code The access token is invalid}), the form read, the status kept
 * with the id it replies to, and an {@code Idempotency-Key} seen before answered with the status it
 * made. Scripted replies come first, in order: 503 after making the status or without, 429 with an
 * {@code X-RateLimit-Reset}, 422 with Mastodon's words, an answer held back or dribbled.
 */
public final class FakeMastodon implements AutoCloseable {

    /** The token the fake accepts unless a test sets another. */
    public static final String TOKEN = "fake-mastodon-token";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server received it. */
    public record Request(
            String method,
            String path,
            String authorization,
            String idempotencyKey,
            Map<String, String> form) {

        public String status() {
            return form.get("status");
        }

        public String inReplyTo() {
            return form.get("in_reply_to_id");
        }
    }

    /** A status the instance made. */
    public record Status(
            String id, String text, String inReplyToId, String visibility, String language) {}

    /**
     * An answer: status code, JSON body, extra headers; a positive {@code dribble} sends the body a
     * byte at a time, that far apart.
     */
    public record Response(int status, String body, Map<String, String> headers, Duration dribble) {
        public Response(int status, String body, Map<String, String> headers) {
            this(status, body, headers, Duration.ZERO);
        }
    }

    /** Computes the answer to a request; may make the status first, and may block. */
    @FunctionalInterface
    public interface Reply {
        Response answer(Request request, FakeMastodon instance) throws InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();
    private final Map<String, Status> byKey = new HashMap<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final AtomicBoolean dribbleFinished = new AtomicBoolean();
    private long nextId = 110_000_000_000_000_001L;
    private String token = TOKEN;

    public FakeMastodon() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The instance's address, for {@code --api-base-url} or {@code MASTODON_INSTANCE}. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Accepts {@code value} as the bearer token instead of {@link #TOKEN}. */
    public synchronized FakeMastodon token(String value) {
        this.token = value;
        return this;
    }

    /** Queues answers for the next requests, in order; after them, {@link #created()}. */
    public synchronized FakeMastodon then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    public synchronized void forget() {
        script.clear();
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The statuses the instance holds, in the order it made them. */
    public synchronized List<Status> statuses() {
        return List.copyOf(statuses);
    }

    /** Whether a dribbled answer was sent to its last byte. */
    public boolean dribbleFinished() {
        return dribbleFinished.get();
    }

    /**
     * Makes the request's status, or, for an {@code Idempotency-Key} seen before, gives the status
     * made under it, as Mastodon's {@code PostStatusService} does.
     */
    public synchronized Status create(Request request) {
        String key = request.idempotencyKey();
        if (key != null && byKey.containsKey(key)) {
            return byKey.get(key);
        }
        Status status =
                new Status(
                        Long.toString(nextId++),
                        request.status(),
                        request.inReplyTo(),
                        request.form().getOrDefault("visibility", "public"),
                        request.form().get("language"));
        statuses.add(status);
        if (key != null) {
            byKey.put(key, status);
        }
        return status;
    }

    /** 200 with the status, made or found by its key: what Mastodon answers when all goes well. */
    public static Reply created() {
        return (request, instance) -> ok(instance.create(request));
    }

    /** Makes the status, then answers 503, as a proxy does when the server is slow to answer. */
    public static Reply unavailableAfterCreating() {
        return (request, instance) -> {
            instance.create(request);
            return unavailableAnswer();
        };
    }

    /** 503 without making anything. */
    public static Reply unavailable() {
        return (request, instance) -> unavailableAnswer();
    }

    /** 429 with Mastodon's headers; {@code X-RateLimit-Reset} as Rails writes it, ISO-8601. */
    public static Reply rateLimited(Instant reset) {
        return (request, instance) ->
                new Response(
                        429,
                        "{\"error\":\"Too many requests\"}",
                        Map.of(
                                "X-RateLimit-Limit",
                                "300",
                                "X-RateLimit-Remaining",
                                "0",
                                "X-RateLimit-Reset",
                                reset.toString()));
    }

    /** 422 with Mastodon's own words. */
    public static Reply rejected(String error) {
        return status(422, error);
    }

    /** Any status with {@code {"error": words}}. */
    public static Reply status(int code, String words) {
        return (request, instance) ->
                new Response(
                        code, JSON.createObjectNode().put("error", words).toString(), Map.of());
    }

    /** Makes the status, holds the answer back for {@code hold}, then answers 200. */
    public static Reply slow(Duration hold) {
        return (request, instance) -> {
            Status status = instance.create(request);
            Thread.sleep(hold.toMillis());
            return ok(status);
        };
    }

    /** Makes the status, then sends the 200 answer one byte every {@code pause}. */
    public static Reply dribbling(Duration pause) {
        return (request, instance) -> {
            Response ok = ok(instance.create(request));
            return new Response(ok.status(), ok.body(), ok.headers(), pause);
        };
    }

    private static Response unavailableAnswer() {
        return new Response(503, "", Map.of());
    }

    private static Response ok(Status status) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", status.id())
                .put("created_at", "2023-09-18T06:00:00.000Z")
                .put("in_reply_to_id", status.inReplyToId())
                .put("visibility", status.visibility())
                .put("language", status.language())
                .put("uri", "https://mastodon.example/users/fack/statuses/" + status.id())
                .put("content", "<p>" + status.text() + "</p>");
        return new Response(200, json.toString(), Map.of());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body =
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request =
                    new Request(
                            exchange.getRequestMethod(),
                            exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                            form(body));
            Reply reply;
            boolean authorised;
            synchronized (this) {
                requests.add(request);
                authorised = ("Bearer " + token).equals(request.authorization());
                reply = script.isEmpty() ? created() : script.poll();
            }
            Response response;
            if (!request.method().equals("POST") || !request.path().equals("/api/v1/statuses")) {
                response = new Response(404, "{\"error\":\"Record not found\"}", Map.of());
            } else if (!authorised) {
                response =
                        new Response(401, "{\"error\":\"The access token is invalid\"}", Map.of());
            } else {
                response = reply.answer(request, this);
            }
            send(exchange, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(HttpExchange exchange, Response response)
            throws IOException, InterruptedException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length == 0) {
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            if (response.dribble().isZero()) {
                out.write(bytes);
                return;
            }
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(response.dribble().toMillis());
            }
            dribbleFinished.set(true);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
