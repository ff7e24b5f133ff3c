package presskit.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for X's v2 API on 127.0.0.1: {@code POST /2/tweets} answers with scripted replies in
 * order and then with 201 and fresh ids; {@code GET /2/users/me} and {@code GET
 * /2/users/:id/tweets} answer as X does, the latter with the posts made so far, newest first, their
 * links shortened to t.co and {@code &<>} HTML-escaped. Every request is recorded, so tests see
 * exactly what the real client sent, and every post made is kept, so tests see what is live.
 */
public final class FakeXApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "4242";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** One request as the server received it. */
    public record Request(
            String method,
            String path,
            String authorization,
            String text,
            String inReplyTo,
            String body) {}

    /** A post the fake holds, as made. */
    public record Post(String id, String text, String inReplyTo) {}

    /**
     * An answer: status, JSON body (empty for none) and extra headers; a body with a {@code
     * dribble} pause is sent one byte at a time, that long apart.
     */
    public record Response(int status, String body, Map<String, String> headers, Duration dribble) {

        public Response(int status, String body, Map<String, String> headers) {
            this(status, body, headers, Duration.ZERO);
        }
    }

    /** Computes the answer to a request; may block to hold the answer back. */
    @FunctionalInterface
    public interface Reply {
        Response answer(Request request, String newId) throws InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final AtomicLong nextId = new AtomicLong(1_700_000_000_000_000_001L);
    private Reply otherwise = created();
    private boolean duplicateFilter;

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

    /** Queues answers for the next posts, in order. */
    public synchronized FakeXApi then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The answer to every post once the queued ones are used up (201 by default). */
    public synchronized FakeXApi otherwise(Reply reply) {
        otherwise = reply;
        return this;
    }

    /**
     * Refuses a post whose text the account already posted with X's 403 "duplicate content", as X
     * does; off by default.
     */
    public synchronized FakeXApi duplicateFilter(boolean on) {
        duplicateFilter = on;
        return this;
    }

    /** Drops answers queued but not used. */
    public synchronized void forget() {
        script.clear();
    }

    /** The requests to post ({@code POST /2/tweets}), in order. */
    public synchronized List<Request> requests() {
        return requests.stream().filter(r -> r.method().equals("POST")).toList();
    }

    /** The look-ups ({@code GET}), in order. */
    public synchronized List<Request> lookups() {
        return requests.stream().filter(r -> r.method().equals("GET")).toList();
    }

    /** The posts made, oldest first. */
    public synchronized List<Post> posts() {
        return List.copyOf(posts);
    }

    /**
     * Makes the post first, then answers as {@code then} does (which may hold the answer back or
     * fail): a post that exists although its answer never came, or said otherwise.
     */
    public Reply createThen(Reply then) {
        return (request, id) -> {
            create(request, id);
            return then.answer(request, id);
        };
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

    /** X's 2026 refusal of a reply to a post whose author did not mention the account. */
    public static Reply notSummoned() {
        return status(
                403,
                "{\"detail\":\"Reply to this conversation is not allowed because you have not been"
                        + " mentioned or otherwise engaged by the author of the post you are replying"
                        + " to.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}",
                Map.of());
    }

    /** A 201 whose body arrives one byte every {@code pause}. */
    public static Reply dribbled(Duration pause) {
        return (request, id) ->
                new Response(
                        201, "{\"data\":{\"id\":\"" + id + "\",\"text\":\"x\"}}", Map.of(), pause);
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

    private synchronized void create(Request request, String id) {
        if (posts.stream().noneMatch(p -> p.id().equals(id))) {
            posts.add(new Post(id, request.text(), request.inReplyTo()));
        }
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
                if (request.method().equals("GET")) {
                    reply = lookup(request.path());
                } else if (duplicateFilter
                        && posts.stream().anyMatch(p -> p.text().equals(request.text()))) {
                    reply = duplicate();
                } else {
                    reply = script.isEmpty() ? otherwise : script.poll();
                }
            }
            String id = Long.toString(nextId.getAndIncrement());
            Response response = reply.answer(request, id);
            if (request.method().equals("POST") && response.status() == 201) {
                create(request, id);
            }
            send(exchange, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, Response response)
            throws IOException, InterruptedException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        // A fixed length (or -1 for none): an empty chunked body confuses Twitter4J's client.
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
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
        }
    }

    private Reply lookup(String path) {
        if (path.equals("/2/users/me")) {
            return status(
                    200,
                    "{\"data\":{\"id\":\""
                            + ACCOUNT
                            + "\",\"name\":\"Fack\",\"username\":\"fack\"}}",
                    Map.of());
        }
        if (path.equals("/2/users/" + ACCOUNT + "/tweets")) {
            ArrayNode data = JSON.createArrayNode();
            for (int i = posts.size() - 1; i >= 0 && data.size() < 100; i--) {
                data.add(asX(posts.get(i)));
            }
            ObjectNode answer = JSON.createObjectNode();
            if (!data.isEmpty()) {
                answer.set("data", data);
            }
            answer.putObject("meta").put("result_count", data.size());
            return status(200, answer.toString(), Map.of());
        }
        return status(404, "{\"title\":\"Not Found\",\"status\":404}", Map.of());
    }

    /** A post as X returns it: links as t.co addresses, {@code &<>} escaped, the reply named. */
    private static ObjectNode asX(Post post) {
        ObjectNode tweet = JSON.createObjectNode().put("id", post.id());
        StringBuilder text = new StringBuilder();
        ArrayNode urls = JSON.createArrayNode();
        Matcher m = LINK.matcher(post.text());
        int at = 0;
        while (m.find()) {
            text.append(escape(post.text().substring(at, m.start())));
            String shortened = "https://t.co/" + Integer.toHexString(m.group().hashCode());
            int start = text.codePointCount(0, text.length());
            text.append(shortened);
            urls.addObject()
                    .put("start", start)
                    .put("end", start + shortened.length())
                    .put("url", shortened)
                    .put("expanded_url", m.group())
                    .put("display_url", m.group().replaceFirst("^https?://", ""));
            at = m.end();
        }
        text.append(escape(post.text().substring(at)));
        tweet.put("text", text.toString());
        if (!urls.isEmpty()) {
            tweet.putObject("entities").set("urls", urls);
        }
        if (post.inReplyTo() != null) {
            tweet.putArray("referenced_tweets")
                    .addObject()
                    .put("type", "replied_to")
                    .put("id", post.inReplyTo());
        }
        return tweet;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
