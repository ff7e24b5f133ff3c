package presskit.publish.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import presskit.publish.PostedId;
import presskit.publish.PublishFailure;
import presskit.publish.PublishFailure.Kind;
import presskit.publish.SecretScrubber;

/**
 * Reads the instance's answer to {@code POST /api/v1/statuses}: the new status's id, or a {@link
 * PublishFailure} of the kind the run loop acts on, with the server's own words and never the
 * token.
 */
final class MastodonAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST_WORDS = 300;
    private static final String CHECK_ADDRESS = "check --api-base-url or MASTODON_INSTANCE";

    private final SecretScrubber scrubber;

    MastodonAnswers(SecretScrubber scrubber) {
        this.scrubber = scrubber;
    }

    /** The new status's id from a 200 answer; a failure for any other. */
    PostedId posted(HttpResponse<byte[]> response) throws PublishFailure {
        int status = response.statusCode();
        JsonNode body = json(response.body());
        String words = words(body);
        String answer = status + (words.isEmpty() ? "" : " " + words);
        if (status == 200) {
            String id = body.path("id").asText("");
            if (!id.matches("[0-9A-Za-z_-]{1,64}")) {
                // The status may exist; only a look at the account can tell.
                throw new PublishFailure(
                        Kind.UNEXPECTED, "the instance answered without the new status's id", true);
            }
            return new PostedId(id);
        }
        if (status == 429) {
            throw new PublishFailure(
                    Kind.RATE_LIMITED,
                    "the instance answered 429 (too many requests)",
                    resetOf(response),
                    false);
        }
        if (status == 401) {
            throw new PublishFailure(
                    Kind.AUTH,
                    "the instance refused the access token ("
                            + answer
                            + "). Check "
                            + MastodonToken.NAME
                            + ": the access token of an application made in this instance's"
                            + " Preferences → Development, by the account to post as, and not"
                            + " revoked",
                    false);
        }
        if (status == 403) {
            throw new PublishFailure(
                    Kind.AUTH,
                    "the instance refused to post with this token ("
                            + answer
                            + "). The application needs the scope write:statuses: tick it in"
                            + " Preferences → Development → the application, save, and use the"
                            + " access token it shows then; or the account may be suspended or"
                            + " limited",
                    false);
        }
        if (status == 422) {
            throw new PublishFailure(
                    Kind.REJECTED, "the instance refused the status (" + answer + ")", false);
        }
        if (status >= 500) {
            throw new PublishFailure(Kind.TRANSIENT, "the instance answered " + answer, true);
        }
        if (status >= 300 && status < 400 || status == 404 || status == 405) {
            throw new PublishFailure(
                    Kind.UNEXPECTED,
                    "the instance answered " + answer + "; " + CHECK_ADDRESS,
                    false);
        }
        if (status >= 400) {
            throw new PublishFailure(
                    Kind.REJECTED, "the instance refused the status (" + answer + ")", false);
        }
        throw new PublishFailure(Kind.UNEXPECTED, "the instance answered " + answer, true);
    }

    /**
     * A request that got no usable answer: whether it may have arrived depends on how far it got.
     */
    PublishFailure unanswered(Throwable cause) {
        if (cause instanceof BoundedBody.TooLong) {
            return new PublishFailure(
                    Kind.UNEXPECTED, "the instance answered with " + cause.getMessage(), true);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new PublishFailure(
                    Kind.TRANSIENT, "cannot reach the instance (no connection in time)", false);
        }
        // Without a connection the request cannot have arrived.
        if (causedBy(cause, UnknownHostException.class)
                || causedBy(cause, UnresolvedAddressException.class)) {
            return new PublishFailure(
                    Kind.TRANSIENT,
                    "cannot reach the instance (unknown host); " + CHECK_ADDRESS,
                    false);
        }
        if (causedBy(cause, ConnectException.class)) {
            return new PublishFailure(
                    Kind.TRANSIENT,
                    "cannot reach the instance (connection refused); " + CHECK_ADDRESS,
                    false);
        }
        if (cause instanceof HttpTimeoutException) {
            return new PublishFailure(Kind.TRANSIENT, "no answer from the instance in time", true);
        }
        if (cause instanceof IOException) {
            return new PublishFailure(
                    Kind.TRANSIENT,
                    "the connection to the instance broke ("
                            + cause.getClass().getSimpleName()
                            + ")",
                    true);
        }
        return new PublishFailure(
                Kind.UNEXPECTED,
                "the HTTP client failed: "
                        + scrubber.scrub(
                                cause.getClass().getSimpleName() + ": " + cause.getMessage()),
                true);
    }

    /** When the limit resets: {@code X-RateLimit-Reset}, an ISO-8601 time; null when absent. */
    private static Instant resetOf(HttpResponse<byte[]> response) {
        return response.headers()
                .firstValue("X-RateLimit-Reset")
                .map(
                        value -> {
                            try {
                                return OffsetDateTime.parse(value.strip()).toInstant();
                            } catch (DateTimeParseException e) {
                                return null;
                            }
                        })
                .orElse(null);
    }

    /** The server's own words ({@code error}), scrubbed, on one line and cut short; else empty. */
    private String words(JsonNode body) {
        String text = body.path("error").asText("");
        if (text.isEmpty()) {
            return "";
        }
        // Scrub before anything is cut: a cut could leave half a secret that no longer matches.
        text = scrubber.scrub(text).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return text.length() > LONGEST_WORDS ? text.substring(0, LONGEST_WORDS) + "…" : text;
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
            return node == null ? JSON.missingNode() : node;
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
