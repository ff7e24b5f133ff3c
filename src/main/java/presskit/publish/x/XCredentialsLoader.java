package presskit.publish.x;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import presskit.publish.Credentials;

/**
 * Finds the X credentials in the environment or in a properties file with the same keys, naming
 * whatever is missing; the file's checks are {@link Credentials}'.
 */
public final class XCredentialsLoader {

    private XCredentialsLoader() {}

    /** Reads {@code X_API_KEY} and the others from {@code environment}. */
    public static XCredentials fromEnvironment(Map<String, String> environment) {
        return of(Credentials.fromEnvironment("X", XCredentials.NAMES, environment));
    }

    /**
     * Reads the credentials from a properties file outside any Git working tree.
     *
     * @param warnings receives advice that does not stop the run, such as a file others can read
     */
    public static XCredentials fromFile(Path file, Consumer<String> warnings) {
        return of(Credentials.fromFile("X", XCredentials.NAMES, file, warnings));
    }

    private static XCredentials of(List<String> values) {
        return new XCredentials(values.get(0), values.get(1), values.get(2), values.get(3));
    }
}
