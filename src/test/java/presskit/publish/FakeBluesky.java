package presskit.publish;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import presskit.channel.Graphemes;

/**
 * A stand-in for a Bluesky PDS on 127.0.0.1 that speaks the XRPC calls presskit makes, as the real
 * one answers them: {@code createSession} and {@code refreshSession} with access tokens that expire
 * when a test says so, {@code putRecord} keeping records by record key with a CID made from their
 * bytes (the same record again is a no-op with the same uri and cid), {@code getRecord} answering
 * {@code RecordNotFound}, {@code uploadBlob}, and {@code resolveHandle} for the handles a test
 * registers. It also serves Open Graph images under {@code /og/}, as a linked page's server would.
 *
 * <p>A test can have it answer a write with a server error after keeping the record, hold answers
 * back after the record is kept, or dribble an answer a byte at a time.
 */
public final class FakeBluesky implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The account the fake hosts (invented). */
    public static final String HANDLE = "skolfacket.bsky.social";

    public static final String DID = "did:plc:skolfacketexempel";

    /** One request as the server received it. */
    public record Request(String method, String nsid, String authorization, String body) {}

    /** A record as the repository keeps it. */
    public record Stored(String rkey, String uri, String cid, JsonNode value) {

        public String text() {
            return value.path("text").asText();
        }
    }

    /** Runs after a write is kept and before it is answered; may block or sleep. */
    @FunctionalInterface
    public interface Hold {
        void await(Stored record) throws InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String password;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Stored> records = new LinkedHashMap<>();
    private final List<byte[]> blobs = new ArrayList<>();
    private final Map<String, String> handles = new HashMap<>();
    private final Map<String, byte[]> images = new HashMap<>();
    private final Set<String> accessTokens = new HashSet<>();
    private final Set<String> refreshTokens = new HashSet<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private int writeErrors;
    private int rateLimited;
    private int echoes;
    private long resetAt;
    private int dribbles;
    private Hold hold = record -> {};

    /** A PDS where {@link #HANDLE} logs in with {@code appPassword}. */
    public FakeBluesky(String appPassword) throws IOException {
        this.password = appPassword;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/xrpc/", this::xrpc);
        server.createContext("/og/", this::image);
        server.start();
    }

    /** The root to give as {@code --api-base-url}. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes {@code handle} resolve to {@code did}. */
    public synchronized FakeBluesky account(String handle, String did) {
        handles.put(handle, did);
        return this;
    }

    /** Serves {@code bytes} at {@code /og/<name>}; returns its address. */
    public synchronized String image(String name, byte[] bytes) {
        images.put(name, bytes);
        return root() + "/og/" + name;
    }

    /** Every access token given out so far stops working, as when it has expired. */
    public synchronized void expireAccessTokens() {
        accessTokens.clear();
    }

    /** The next {@code count} writes are kept, then answered with 503. */
    public synchronized FakeBluesky failAfterWriting(int count) {
        writeErrors += count;
        return this;
    }

    /**
     * The next {@code count} writes are refused with 429 (not kept), the limit resetting at {@code
     * resetEpochSeconds}.
     */
    public synchronized FakeBluesky rateLimitWrites(int count, long resetEpochSeconds) {
        rateLimited += count;
        resetAt = resetEpochSeconds;
        return this;
    }

    /**
     * The next {@code count} writes are refused with a message that quotes the request's
     * Authorization header, as a careless proxy might.
     */
    public synchronized FakeBluesky echoAuthorization(int count) {
        echoes += count;
        return this;
    }

    /** The next {@code count} writes are kept, then answered a byte a second. */
    public synchronized FakeBluesky dribbleAfterWriting(int count) {
        dribbles += count;
        return this;
    }

    /** Runs {@code hold} after each write is kept and before it is answered. */
    public synchronized FakeBluesky holdWrites(Hold hold) {
        this.hold = hold;
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized long calls(String nsid) {
        return requests.stream().filter(r -> r.nsid().equals(nsid)).count();
    }

    /** The records of the account's repository, in the order they were first written. */
    public synchronized List<Stored> records() {
        return List.copyOf(records.values());
    }

    public synchronized List<byte[]> blobs() {
        return List.copyOf(blobs);
    }

    /** Every token the fake gave out, for scans that must not find them. */
    public synchronized Set<String> issuedTokens() {
        Set<String> all = new HashSet<>();
        for (int i = 1; i <= tokens.get(); i++) {
            all.add(accessToken(i));
            all.add(refreshToken(i));
        }
        return all;
    }

    private void image(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes;
            synchronized (this) {
                bytes = images.get(exchange.getRequestURI().getPath().substring("/og/".length()));
            }
            if (bytes == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, "image/png", bytes);
        }
    }

    private void xrpc(HttpExchange exchange) throws IOException {
        try (exchange) {
            String nsid = exchange.getRequestURI().getPath().substring("/xrpc/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String token =
                    authorization != null && authorization.startsWith("Bearer ")
                            ? authorization.substring("Bearer ".length())
                            : null;
            synchronized (this) {
                requests.add(
                        new Request(
                                exchange.getRequestMethod(),
                                nsid,
                                authorization,
                                nsid.equals("com.atproto.repo.uploadBlob")
                                        ? "(" + body.length + " bytes)"
                                        : new String(body, StandardCharsets.UTF_8)));
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            switch (nsid) {
                case "com.atproto.server.createSession" -> createSession(exchange, body);
                case "com.atproto.server.refreshSession" -> refreshSession(exchange, token);
                case "com.atproto.identity.resolveHandle" -> resolveHandle(exchange, query);
                case "com.atproto.repo.getRecord" -> getRecord(exchange, query);
                case "com.atproto.repo.putRecord" -> {
                    if (echo()) {
                        error(exchange, 400, "InvalidRequest", "request was " + authorization);
                    } else if (authorized(exchange, token)) {
                        putRecord(exchange, JSON.readTree(body));
                    }
                }
                case "com.atproto.repo.uploadBlob" -> {
                    if (authorized(exchange, token)) {
                        uploadBlob(exchange, body);
                    }
                }
                default -> error(exchange, 501, "MethodNotImplemented", "Method Not Implemented");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized boolean echo() {
        if (echoes == 0) {
            return false;
        }
        echoes--;
        return true;
    }

    private void createSession(HttpExchange exchange, byte[] body) throws IOException {
        JsonNode login = JSON.readTree(body);
        if (!HANDLE.equals(login.path("identifier").asText())
                || !password.equals(login.path("password").asText())) {
            error(exchange, 401, "AuthenticationRequired", "Invalid identifier or password");
            return;
        }
        session(exchange);
    }

    private void refreshSession(HttpExchange exchange, String token) throws IOException {
        synchronized (this) {
            if (token == null || !refreshTokens.remove(token)) {
                error(exchange, 400, "ExpiredToken", "Token has been revoked");
                return;
            }
        }
        session(exchange);
    }

    private void session(HttpExchange exchange) throws IOException {
        int n = tokens.incrementAndGet();
        synchronized (this) {
            accessTokens.add(accessToken(n));
            refreshTokens.add(refreshToken(n));
        }
        ObjectNode answer =
                JSON.createObjectNode()
                        .put("accessJwt", accessToken(n))
                        .put("refreshJwt", refreshToken(n))
                        .put("handle", HANDLE)
                        .put("did", DID)
                        .put("active", true);
        json(exchange, 200, answer);
    }

    /** JWT-like tokens, distinctive enough for a scan. */
    private static String accessToken(int n) {
        return "eyJhbGciOiJFUzI1NksifQ.access-" + n + "-Zq8vTokenAccess";
    }

    private static String refreshToken(int n) {
        return "eyJhbGciOiJFUzI1NksifQ.refresh-" + n + "-Zq8vTokenRefresh";
    }

    private boolean authorized(HttpExchange exchange, String token) throws IOException {
        synchronized (this) {
            if (token != null && accessTokens.contains(token)) {
                return true;
            }
        }
        if (token != null && token.contains(".access-")) {
            error(exchange, 400, "ExpiredToken", "Token has expired");
        } else {
            error(exchange, 401, "AuthenticationRequired", "Authentication Required");
        }
        return false;
    }

    private void resolveHandle(HttpExchange exchange, Map<String, String> query)
            throws IOException {
        String did;
        synchronized (this) {
            did = handles.get(query.getOrDefault("handle", "").toLowerCase(Locale.ROOT));
        }
        if (did == null) {
            error(exchange, 400, "InvalidRequest", "Unable to resolve handle");
            return;
        }
        json(exchange, 200, JSON.createObjectNode().put("did", did));
    }

    private void getRecord(HttpExchange exchange, Map<String, String> query) throws IOException {
        Stored stored;
        synchronized (this) {
            stored =
                    DID.equals(query.get("repo"))
                                    && "app.bsky.feed.post".equals(query.get("collection"))
                            ? records.get(query.get("rkey"))
                            : null;
        }
        if (stored == null) {
            error(exchange, 400, "RecordNotFound", "Could not locate record");
            return;
        }
        ObjectNode answer =
                JSON.createObjectNode().put("uri", stored.uri()).put("cid", stored.cid());
        answer.set("value", stored.value());
        json(exchange, 200, answer);
    }

    private void putRecord(HttpExchange exchange, JsonNode body)
            throws IOException, InterruptedException {
        String rkey = body.path("rkey").asText();
        JsonNode record = body.path("record");
        if (!DID.equals(body.path("repo").asText())
                || !"app.bsky.feed.post".equals(body.path("collection").asText())
                || !rkey.matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}")) {
            error(exchange, 400, "InvalidRequest", "Invalid repo, collection or record key");
            return;
        }
        if (Graphemes.count(record.path("text").asText()) > 300) {
            error(
                    exchange,
                    400,
                    "InvalidRequest",
                    "Invalid app.bsky.feed.post record: Record/text must not be longer than 300"
                            + " graphemes");
            return;
        }
        synchronized (this) {
            if (rateLimited > 0) {
                rateLimited--;
                exchange.getResponseHeaders().add("ratelimit-limit", "5000");
                exchange.getResponseHeaders().add("ratelimit-remaining", "0");
                exchange.getResponseHeaders().add("ratelimit-reset", Long.toString(resetAt));
                error(exchange, 429, "RateLimitExceeded", "Rate Limit Exceeded");
                return;
            }
        }
        String cid = cid(JSON.writeValueAsBytes(record));
        Stored stored =
                new Stored(rkey, "at://" + DID + "/app.bsky.feed.post/" + rkey, cid, record);
        boolean fail;
        boolean dribble;
        Hold wait;
        synchronized (this) {
            Stored before = records.get(rkey);
            // The same record again changes nothing (putRecord's no-op); another one replaces it.
            if (before == null || !before.cid().equals(cid)) {
                records.put(rkey, stored);
            }
            fail = writeErrors > 0;
            writeErrors -= fail ? 1 : 0;
            dribble = !fail && dribbles > 0;
            dribbles -= dribble ? 1 : 0;
            wait = hold;
        }
        wait.await(stored);
        if (fail) {
            error(exchange, 503, "InternalServerError", "Internal Server Error");
            return;
        }
        ObjectNode answer = JSON.createObjectNode().put("uri", stored.uri()).put("cid", cid);
        if (dribble) {
            byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte b : bytes) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (IOException gone) {
                // The client gave up, as it should.
            }
            return;
        }
        json(exchange, 200, answer);
    }

    private void uploadBlob(HttpExchange exchange, byte[] body) throws IOException {
        synchronized (this) {
            blobs.add(body);
        }
        ObjectNode blob = JSON.createObjectNode().put("$type", "blob");
        blob.putObject("ref").put("$link", cid(body));
        blob.put("mimeType", exchange.getRequestHeaders().getFirst("Content-Type"));
        blob.put("size", body.length);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("blob", blob);
        json(exchange, 200, answer);
    }

    /** A CIDv1-looking name from the SHA-256 of {@code bytes}: the same bytes, the same CID. */
    private static String cid(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder text = new StringBuilder("bafyrei");
            String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
            for (int i = 0; i < 40; i++) {
                text.append(alphabet.charAt((hash[i % hash.length] & 0xff) % 32));
            }
            return text.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void error(HttpExchange exchange, int status, String error, String message)
            throws IOException {
        json(exchange, status, JSON.createObjectNode().put("error", error).put("message", message));
    }

    private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes)
            throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException gone) {
            // The client gave up waiting (a test's deadline, or a killed process).
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
