package presskit.publish.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import presskit.publish.PublishFailure;

/**
 * The run's one login to the PDS: {@code com.atproto.server.createSession} at the first request
 * that needs it, then {@code refreshSession} whenever the access token has expired. Never a new
 * session per post: Bluesky allows only about a hundred a day per account.
 */
final class Session {

    /** A request made with an access token. */
    @FunctionalInterface
    interface Call {
        Xrpc.Answer send(String accessToken) throws PublishFailure;
    }

    private final Xrpc xrpc;
    private final BlueskyCredentials credentials;
    private final BlueskyFailures failures;
    private String did;
    private String accessToken;
    private String refreshToken;

    Session(Xrpc xrpc, BlueskyCredentials credentials, BlueskyFailures failures) {
        this.xrpc = xrpc;
        this.credentials = credentials;
        this.failures = failures;
    }

    /** The account's DID, logging in first when this run has not yet. */
    synchronized String did() throws PublishFailure {
        open();
        return did;
    }

    /**
     * Sends {@code call} with the access token; when the token has expired, refreshes the session
     * and sends it once more (the expired request was refused, so it did not arrive).
     */
    synchronized Xrpc.Answer send(Call call) throws PublishFailure {
        open();
        Xrpc.Answer answer = call.send(accessToken);
        if (expired(answer)) {
            refresh();
            answer = call.send(accessToken);
        }
        return answer;
    }

    private void open() throws PublishFailure {
        if (accessToken != null) {
            return;
        }
        ObjectNode login =
                Xrpc.JSON
                        .createObjectNode()
                        .put("identifier", credentials.handle())
                        .put("password", credentials.appPassword());
        String nsid = "com.atproto.server.createSession";
        Xrpc.Answer answer = xrpc.procedure(nsid, login, Optional.empty());
        if (!answer.ok()) {
            throw failures.of(nsid, answer, false);
        }
        take(nsid, answer.body());
    }

    private void refresh() throws PublishFailure {
        String nsid = "com.atproto.server.refreshSession";
        // The refresh token is the bearer token here, not the access token.
        Xrpc.Answer answer =
                xrpc.procedure(nsid, Xrpc.JSON.createObjectNode(), Optional.of(refreshToken));
        if (!answer.ok()) {
            throw failures.of(nsid, answer, false);
        }
        take(nsid, answer.body());
    }

    private void take(String nsid, JsonNode body) throws PublishFailure {
        String access = body.path("accessJwt").asText("");
        String refresh = body.path("refreshJwt").asText("");
        String id = body.path("did").asText("");
        // The tokens are secrets as much as the password: keep them out of every message.
        failures.secret(access);
        failures.secret(refresh);
        if (access.isEmpty() || refresh.isEmpty() || !id.startsWith("did:")) {
            throw new PublishFailure(
                    PublishFailure.Kind.UNEXPECTED,
                    "Bluesky answered " + nsid + " without the session's tokens and DID",
                    false);
        }
        did = id;
        accessToken = access;
        refreshToken = refresh;
    }

    private static boolean expired(Xrpc.Answer answer) {
        return (answer.status() == 400 || answer.status() == 401)
                && answer.error().equals("ExpiredToken");
    }
}
