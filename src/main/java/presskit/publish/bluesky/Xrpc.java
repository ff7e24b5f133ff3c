package presskit.publish.bluesky;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import presskit.publish.PublishFailure;
import presskit.publish.PublishFailure.Kind;

/**
 * The AT Protocol's XRPC over HTTP: {@code GET /xrpc/<nsid>?…} for queries, {@code POST} for
 * procedures, each answered within one total deadline, so a server that dribbles its answer cannot
 * hold a post longer than that.
 */
final class Xrpc {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: the HTTP status, the JSON body (missing when none) and the rate-limit reset. */
    record Answer(int status, JsonNode body, Optional<Instant> rateLimitReset) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** The XRPC error name ({@code ExpiredToken}, {@code RecordNotFound}), or empty text. */
        String error() {
            return body.path("error").asText("");
        }

        /** The server's words about the error, or empty text. */
        String message() {
            return body.path("message").asText("");
        }
    }

    private final String root;
    private final HttpClient client;
    private final Duration deadline;

    Xrpc(String root, Duration deadline) {
        this.root = root;
        this.deadline = deadline;
        this.client =
                HttpClient.newBuilder()
                        .connectTimeout(deadline)
                        // The PDS answers itself; a redirect would carry the token elsewhere.
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    /** {@code GET /xrpc/<nsid>} with {@code parameters}, with the token when given. */
    Answer query(String nsid, Map<String, String> parameters, Optional<String> token)
            throws PublishFailure {
        StringJoiner query = new StringJoiner("&", "?", "");
        parameters.forEach(
                (name, value) ->
                        query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + "/xrpc/" + nsid + query)).GET();
        return send(nsid, request, token, false);
    }

    /** {@code POST /xrpc/<nsid>} with a JSON body. */
    Answer procedure(String nsid, JsonNode body, Optional<String> token) throws PublishFailure {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body cannot be written as JSON", e);
        }
        return upload(nsid, bytes, "application/json", token);
    }

    /** {@code POST /xrpc/<nsid>} with {@code bytes} of type {@code contentType}. */
    Answer upload(String nsid, byte[] bytes, String contentType, Optional<String> token)
            throws PublishFailure {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + "/xrpc/" + nsid))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        return send(nsid, request, token, true);
    }

    private Answer send(
            String nsid, HttpRequest.Builder request, Optional<String> token, boolean writes)
            throws PublishFailure {
        request.header("Accept", "application/json").timeout(deadline);
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            // The request's own timeout ends with the headers; this one covers the body too.
            response = pending.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new PublishFailure(
                    Kind.TRANSIENT,
                    "Bluesky did not answer " + nsid + " within " + deadline.toSeconds() + " s",
                    writes);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new PublishFailure(Kind.TRANSIENT, "interrupted during " + nsid, writes);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // Without a connection the request cannot have arrived; after one, it may have.
            boolean connected =
                    !(cause instanceof ConnectException
                            || cause instanceof HttpConnectTimeoutException);
            throw new PublishFailure(
                    Kind.TRANSIENT,
                    "cannot reach Bluesky for "
                            + nsid
                            + " ("
                            + (cause == null ? "no answer" : cause.getClass().getSimpleName())
                            + ")",
                    writes && connected);
        }
        return new Answer(response.statusCode(), body(response.body()), reset(response));
    }

    private static JsonNode body(byte[] bytes) {
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException notJson) {
            // An HTML error page from a proxy: the status says enough.
            return MissingNode.getInstance();
        }
    }

    /** The PDS's {@code ratelimit-reset}, whole seconds since 1970. */
    private static Optional<Instant> reset(HttpResponse<?> response) {
        return response.headers()
                .firstValue("ratelimit-reset")
                .filter(v -> v.strip().matches("\\d{1,12}"))
                .map(v -> Instant.ofEpochSecond(Long.parseLong(v.strip())));
    }
}
