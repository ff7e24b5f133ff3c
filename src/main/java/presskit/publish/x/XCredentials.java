package presskit.publish.x;

import java.util.List;
import java.util.Objects;

/**
 * The four OAuth 1.0a values that let presskit post as an X account. {@link #toString()} never
 * shows them.
 *
 * @param apiKey {@code X_API_KEY}, the app's consumer key
 * @param apiKeySecret {@code X_API_KEY_SECRET}
 * @param accessToken {@code X_ACCESS_TOKEN}, the account's token for this app
 * @param accessTokenSecret {@code X_ACCESS_TOKEN_SECRET}
 */
public record XCredentials(
        String apiKey, String apiKeySecret, String accessToken, String accessTokenSecret) {

    /** The names used in the environment and in a credentials file, in this order. */
    public static final List<String> NAMES =
            List.of("X_API_KEY", "X_API_KEY_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_TOKEN_SECRET");

    public XCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiKeySecret, "apiKeySecret");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenSecret, "accessTokenSecret");
    }

    /** Every value, for the scrubber that keeps them out of messages. */
    public List<String> values() {
        return List.of(apiKey, apiKeySecret, accessToken, accessTokenSecret);
    }

    @Override
    public String toString() {
        return "XCredentials[redacted]";
    }
}
