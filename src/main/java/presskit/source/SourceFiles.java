package presskit.source;

import java.nio.file.Path;

/** How presskit names the user's files in messages: as the user would type them. */
public final class SourceFiles {

    private SourceFiles() {}

    /** A path relative to the working directory when inside it, else absolute. */
    public static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
