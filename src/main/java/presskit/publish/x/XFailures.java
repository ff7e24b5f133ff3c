package presskit.publish.x;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;
import presskit.publish.PublishFailure;
import presskit.publish.PublishFailure.Kind;
import presskit.publish.SecretScrubber;
import twitter4j.JSONException;
import twitter4j.JSONObject;
import twitter4j.RateLimitStatus;
import twitter4j.TwitterException;

/** Translates Twitter4J's exceptions into {@link PublishFailure}s with messages free of secrets. */
final class XFailures {

    private XFailures() {}

    static PublishFailure translate(TwitterException e, SecretScrubber scrubber) {
        int status = e.getStatusCode();
        String raw = e.getMessage() == null ? "" : e.getMessage();
        // Classify on X's own words, but scrub before anything is cut short: a cut could split a
        // secret
        // so that no longer matches, and leave its first half in the message.
        String lower = raw.toLowerCase(Locale.ROOT);
        boolean duplicate = lower.contains("duplicate content");
        String detail = detail(scrubber.scrub(raw));
        String answer = status + (detail.isEmpty() ? "" : " " + detail);
        if (status == 429) {
            return new PublishFailure(
                    Kind.RATE_LIMITED, "X answered 429 (too many requests)", resetOf(e), false);
        }
        if (status == 403 && duplicate) {
            return new PublishFailure(
                    Kind.DUPLICATE,
                    "X refuses it as duplicate content: the account already"
                            + " posted this exact text",
                    false);
        }
        if (status == 403 && notSummoned(lower)) {
            return new PublishFailure(
                    Kind.REPLY_REFUSED,
                    "X refuses the reply ("
                            + answer
                            + "): since February 2026 the API may reply only where the author of"
                            + " the post replied to has mentioned the account",
                    false);
        }
        if (status == 401) {
            return new PublishFailure(
                    Kind.AUTH,
                    "X refused the credentials ("
                            + answer
                            + "). Check X_API_KEY,"
                            + " X_API_KEY_SECRET, X_ACCESS_TOKEN and X_ACCESS_TOKEN_SECRET: all four from the same app,"
                            + " the token made for the account to post as, and this machine's clock set right",
                    false);
        }
        if (status == 403) {
            return new PublishFailure(
                    Kind.AUTH,
                    "X refused to post ("
                            + answer
                            + "). Check that the app's"
                            + " permissions are \"Read and write\" in the developer portal, then regenerate the access token"
                            + " and secret: tokens made before the change stay read-only",
                    false);
        }
        if (status >= 500) {
            return new PublishFailure(Kind.TRANSIENT, "X answered " + answer, true);
        }
        if (status == 400) {
            return new PublishFailure(Kind.REJECTED, "X rejected it (" + answer + ")", false);
        }
        if (status > 0) {
            return new PublishFailure(
                    Kind.UNEXPECTED, "X answered " + answer + "; check --api-base-url", false);
        }
        if (e.isCausedByNetworkIssue()) {
            Throwable cause = e.getCause();
            // Without a connection the request cannot have arrived; after one, it may have.
            boolean sent =
                    !(cause instanceof ConnectException
                            || cause instanceof UnknownHostException
                            || cause instanceof NoRouteToHostException);
            String what =
                    cause instanceof InterruptedIOException
                            ? "no answer in time"
                            : cause.getClass().getSimpleName();
            return new PublishFailure(Kind.TRANSIENT, "cannot reach X (" + what + ")", sent);
        }
        if (e.getCause() instanceof JSONException) {
            // The client throws here when a success answer has no usable id (status is unknown
            // then).
            return new PublishFailure(
                    Kind.UNEXPECTED, "X answered without the new post's id", true);
        }
        return new PublishFailure(
                Kind.UNEXPECTED, "X's client failed: " + scrubber.scrub(e.getMessage()), true);
    }

    /**
     * X's refusal of a reply the author did not summon. Observed in 2026: "Reply to this
     * conversation is not allowed because you have not been mentioned or otherwise engaged by the
     * author of the post you are replying to."; X's documentation words the rule as replies being
     * "only permitted if the replying account has been explicitly summoned", so either wording
     * counts.
     */
    private static boolean notSummoned(String lower) {
        return lower.contains("reply to this conversation is not allowed")
                || lower.contains("mentioned or otherwise engaged")
                || lower.contains("summoned")
                || (lower.contains("repl") && lower.contains("not allowed"));
    }

    /**
     * When the rate limit resets: from the rate-limit headers, which Twitter4J parses; null when
     * absent.
     */
    private static Instant resetOf(TwitterException e) {
        RateLimitStatus limit = e.getRateLimitStatus();
        if (limit != null && limit.getResetTimeInSeconds() > 0) {
            return Instant.ofEpochSecond(limit.getResetTimeInSeconds());
        }
        return null;
    }

    /**
     * The human part of X's error body ({@code detail}, else {@code title}), cut short; else empty.
     */
    private static String detail(String message) {
        int json = message.indexOf('{');
        if (json < 0) {
            return "";
        }
        try {
            JSONObject body = new JSONObject(message.substring(json, message.lastIndexOf('}') + 1));
            String text = body.optString("detail", body.optString("title", ""));
            if (text.isEmpty() && body.has("errors")) {
                text = body.getJSONArray("errors").getJSONObject(0).optString("message", "");
            }
            text = text.replaceAll("\\s+", " ").strip();
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        } catch (RuntimeException notJson) {
            return "";
        }
    }
}
