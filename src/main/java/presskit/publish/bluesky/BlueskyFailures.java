package presskit.publish.bluesky;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import presskit.publish.PublishFailure;
import presskit.publish.PublishFailure.Kind;
import presskit.publish.SecretScrubber;

/** Turns a PDS's error answers into {@link PublishFailure}s with messages free of secrets. */
final class BlueskyFailures {

    /** XRPC errors that mean the credentials or the session are wrong, whatever the status. */
    private static final Set<String> AUTH_ERRORS =
            Set.of(
                    "AuthenticationRequired",
                    "AuthFactorTokenRequired",
                    "AccountTakedown",
                    "InvalidToken",
                    "ExpiredToken");

    private final List<String> secrets = new ArrayList<>();
    private SecretScrubber scrubber = new SecretScrubber(List.of());

    /** Keeps {@code value} out of every message from now on. */
    synchronized void secret(String value) {
        secrets.add(value);
        scrubber = new SecretScrubber(secrets);
    }

    /** {@code text} with every secret known so far masked. */
    synchronized String scrub(String text) {
        return scrubber.scrub(text);
    }

    /**
     * The failure an error answer to {@code nsid} means.
     *
     * @param writes whether the request writes the post, so a server error may come after it did
     */
    PublishFailure of(String nsid, Xrpc.Answer answer, boolean writes) {
        String said = said(answer);
        int status = answer.status();
        if (status == 429) {
            return new PublishFailure(
                    Kind.RATE_LIMITED,
                    "Bluesky answered 429 (rate limit exceeded) to " + nsid,
                    answer.rateLimitReset().orElse(null),
                    false);
        }
        if (status >= 500) {
            return new PublishFailure(
                    Kind.TRANSIENT, "Bluesky answered " + nsid + " with " + said, writes);
        }
        if (status == 401 || status == 403 || AUTH_ERRORS.contains(answer.error())) {
            return new PublishFailure(
                    Kind.AUTH,
                    "Bluesky refused the account ("
                            + said
                            + "). Check BLUESKY_HANDLE and BLUESKY_APP_PASSWORD: the handle as the"
                            + " profile shows it, and an app password made in Settings → Privacy"
                            + " and security → App passwords, not the account's own password",
                    false);
        }
        if (status == 400) {
            return new PublishFailure(Kind.REJECTED, "Bluesky refused it (" + said + ")", false);
        }
        return new PublishFailure(
                Kind.UNEXPECTED,
                "Bluesky answered " + nsid + " with " + said + "; check --api-base-url",
                false);
    }

    /** {@code 400 InvalidRequest: Record/text must not be longer than 300 graphemes}, cut short. */
    private String said(Xrpc.Answer answer) {
        StringBuilder text = new StringBuilder().append(answer.status());
        if (!answer.error().isEmpty()) {
            text.append(' ').append(answer.error());
        }
        if (!answer.message().isEmpty()) {
            text.append(": ").append(answer.message());
        }
        // Scrub before cutting: a cut could split a secret so it no longer matches.
        String clean = scrub(text.toString()).replaceAll("\\s+", " ").strip();
        return clean.length() > 240 ? clean.substring(0, 240) + "…" : clean;
    }
}
