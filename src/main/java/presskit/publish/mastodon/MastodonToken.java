package presskit.publish.mastodon;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import presskit.publish.Credentials;

/**
 * The access token that lets presskit post as a Mastodon account: made in the instance's
 * Preferences → Development for an application with the scope {@code write:statuses}. {@link
 * #toString()} never shows it.
 *
 * @param value {@code MASTODON_ACCESS_TOKEN}
 */
public record MastodonToken(String value) {

    /** The name in the environment and in a credentials file. */
    public static final String NAME = "MASTODON_ACCESS_TOKEN";

    public MastodonToken {
        Objects.requireNonNull(value, "value");
    }

    /** Reads {@code MASTODON_ACCESS_TOKEN} from {@code environment}. */
    public static MastodonToken fromEnvironment(Map<String, String> environment) {
        return new MastodonToken(
                Credentials.fromEnvironment("Mastodon", List.of(NAME), environment).get(0));
    }

    /**
     * Reads {@code MASTODON_ACCESS_TOKEN} from a properties file outside any Git working tree.
     *
     * @param warnings receives advice that does not stop the run, such as a file others can read
     */
    public static MastodonToken fromFile(Path file, Consumer<String> warnings) {
        return new MastodonToken(
                Credentials.fromFile("Mastodon", List.of(NAME), file, warnings).get(0));
    }

    @Override
    public String toString() {
        return "MastodonToken[redacted]";
    }
}
