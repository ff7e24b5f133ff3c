package presskit.publish.bluesky;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import presskit.publish.Credentials;

/**
 * The account presskit posts to Bluesky as: its handle and an app password made for presskit (never
 * the account's own password). {@link #toString()} never shows the password.
 *
 * @param handle {@code BLUESKY_HANDLE}, such as {@code skolfacket.bsky.social}; not a secret
 * @param appPassword {@code BLUESKY_APP_PASSWORD}
 */
public record BlueskyCredentials(String handle, String appPassword) {

    /** The names used in the environment and in a credentials file, in this order. */
    public static final List<String> NAMES = List.of("BLUESKY_HANDLE", "BLUESKY_APP_PASSWORD");

    public BlueskyCredentials {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(appPassword, "appPassword");
        // People copy the handle as the app shows it, with its '@'.
        handle = handle.startsWith("@") ? handle.substring(1) : handle;
    }

    /** Reads {@code BLUESKY_HANDLE} and {@code BLUESKY_APP_PASSWORD} from {@code environment}. */
    public static BlueskyCredentials fromEnvironment(Map<String, String> environment) {
        return of(Credentials.fromEnvironment("Bluesky", NAMES, environment));
    }

    /**
     * Reads the credentials from a properties file outside any Git working tree.
     *
     * @param warnings receives advice that does not stop the run, such as a file others can read
     */
    public static BlueskyCredentials fromFile(Path file, Consumer<String> warnings) {
        return of(Credentials.fromFile("Bluesky", NAMES, file, warnings));
    }

    private static BlueskyCredentials of(List<String> values) {
        return new BlueskyCredentials(values.get(0), values.get(1));
    }

    @Override
    public String toString() {
        return "BlueskyCredentials[" + handle + ", app password redacted]";
    }
}
