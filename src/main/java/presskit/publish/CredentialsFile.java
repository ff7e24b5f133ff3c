package presskit.publish;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a network's credentials from a properties file, or takes them from any other source by
 * name, naming whatever is missing. A file inside a Git working tree is refused: it is one {@code
 * git add} away from being public. Every network's loader goes through here, so all check alike.
 */
public final class CredentialsFile {

    private CredentialsFile() {}

    /**
     * The properties of {@code file}, a file outside any Git working tree.
     *
     * @param warnings receives advice that does not stop the run, such as a file others can read
     * @throws PublishSetupException when the file is inside a working tree or cannot be read
     */
    public static Function<String, String> read(Path file, Consumer<String> warnings) {
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
        return properties::getProperty;
    }

    /**
     * The values of {@code names} in {@code source}, stripped, in the same order.
     *
     * @param network the network's name, for the message about missing values
     * @param advice where the user puts them, such as "add them to FILE"
     * @throws PublishSetupException naming every value that is missing or blank
     */
    public static List<String> require(
            List<String> names, Function<String, String> source, String network, String advice) {
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
