package presskit.publish.x;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import presskit.publish.CredentialsFile;

/**
 * Finds the X credentials in the environment or in a properties file with the same keys, naming
 * whatever is missing; the file is checked as {@link CredentialsFile} checks every network's.
 */
public final class XCredentialsLoader {

    private XCredentialsLoader() {}

    /** Reads {@code X_API_KEY} and the others from {@code environment}. */
    public static XCredentials fromEnvironment(Map<String, String> environment) {
        return build(environment::get, "set them in the environment or pass --credentials FILE");
    }

    /**
     * Reads the credentials from a properties file outside any Git working tree.
     *
     * @param warnings receives advice that does not stop the run, such as a file others can read
     */
    public static XCredentials fromFile(Path file, Consumer<String> warnings) {
        return build(CredentialsFile.read(file, warnings), "add them to " + file);
    }

    private static XCredentials build(Function<String, String> source, String advice) {
        List<String> values = CredentialsFile.require(XCredentials.NAMES, source, "X", advice);
        return new XCredentials(values.get(0), values.get(1), values.get(2), values.get(3));
    }
}
