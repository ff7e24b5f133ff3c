package presskit.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A folder or file that could not be written, with the reason in words ("no space left on device",
 * "read-only file system", "permission denied"), so the user learns what to fix rather than an
 * exception's name.
 */
public final class WriteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path place;

    /**
     * A failure to write {@code place}.
     *
     * @param place the folder or file that could not be written, as the user named it
     * @param cause what the file system said
     */
    public WriteFailure(Path place, IOException cause) {
        super("cannot write " + place + ": " + reasonOf(cause), cause);
        this.place = Objects.requireNonNull(place, "place");
    }

    /** The folder or file that could not be written. */
    public Path place() {
        return place;
    }

    /** What went wrong, in the operating system's words, in lower case to follow a colon. */
    public static String reasonOf(IOException e) {
        if (e instanceof AccessDeniedException) {
            // Java leaves the reason of this one empty; its class says it.
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists
                && exists.getFile() != null
                && !Files.isDirectory(Path.of(exists.getFile()))) {
            // Thrown where a folder was to be made and a file is in the way: /dev/null, notes.txt.
            return exists.getFile() + " exists and is not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String reason =
                e instanceof FileSystemException fs && fs.getReason() != null
                        ? fs.getReason()
                        : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "the system gave no reason";
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
