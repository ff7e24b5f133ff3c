package presskit.publish;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a network's credentials, by name, from the environment or from a properties file with the
 * same names, naming whatever is missing. A file inside a Git working tree is refused: it is one
 * {@code git add} away from being public.
 */
public final class Credentials {

    private Credentials() {}

    /**
     * The values of {@code names} in {@code environment}, in that order, stripped.
     *
     * @param network the network's name, for the message that names what is missing
     */
    public static List<String> fromEnvironment(
            String network, List<String> names, Map<String, String> environment) {
        return require(
                network,
                names,
                environment::get,
                "set them in the environment or pass --credentials FILE");
    }

    /**
     * The values of {@code names} in a properties file outside any Git working tree, in that order.
     *
     * @param warnings receives advice that does not stop the run, such as a file others can read
     */
    public static List<String> fromFile(
            String network, List<String> names, Path file, Consumer<String> warnings) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new PublishSetupException(
                    "credentials file "
                            + file
                            + " cannot be read ("
                            + e.getClass().getSimpleName()
                            + ")");
        }
        for (Path dir = real.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                throw new PublishSetupException(
                        "credentials file "
                                + file
                                + " is inside the Git working tree "
                                + dir
                                + "; keep it outside any repository, such as in ~/.config/presskit/");
            }
        }
        warnIfShared(real, file, warnings);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(real, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            // The exception text may quote the file's content: name the file only.
            throw new PublishSetupException(
                    "credentials file " + file + " is not a readable properties file");
        }
        return require(network, names, properties::getProperty, "add them to " + file);
    }

    private static List<String> require(
            String network, List<String> names, Function<String, String> source, String advice) {
        List<String> values = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            String value = source.apply(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
            values.add(value == null ? "" : value.strip());
        }
        if (!missing.isEmpty()) {
            throw new PublishSetupException(
                    "missing "
                            + network
                            + " credentials: "
                            + String.join(", ", missing)
                            + "; "
                            + advice);
        }
        return List.copyOf(values);
    }

    private static void warnIfShared(Path real, Path shown, Consumer<String> warnings) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(real);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                warnings.accept(
                        "credentials file "
                                + shown
                                + " can be read by other users; run 'chmod 600 "
                                + shown
                                + "'");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: nothing to check.
        }
    }
}
