package presskit.write;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Renames folders in one system call each, with Linux's {@code renameat2}: {@link #exchange} swaps
 * two folders, so the kit's path names the old folder or the new one at every instant and never
 * nothing; {@link #place} renames only onto a name that is free. The JDK has neither, so this is
 * the one class that calls the C library (through JNA).
 *
 * <p>Where that is not possible (another system, a file system without exchange, a C library
 * without {@code renameat2}, JNA unable to load) each call answers {@link Outcome#UNSUPPORTED} and
 * the caller renames the JDK's way.
 */
final class FolderSwap {

    /** What a call did. */
    enum Outcome {
        /** Renamed (exchanged, or placed on a free name). */
        DONE,
        /** The destination does not exist, so there is nothing to exchange with. */
        MISSING,
        /** The destination exists, so the folder was not placed. */
        TAKEN,
        /** This system cannot do it in one call. */
        UNSUPPORTED
    }

    /** The C library's calls used here. */
    interface CLibrary extends Library {
        int renameat2(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags)
                throws LastErrorException;

        String strerror(int errnum);
    }

    private static final int AT_FDCWD = -100;
    private static final int RENAME_NOREPLACE = 1;
    private static final int RENAME_EXCHANGE = 2;
    // Linux's error numbers, the same on every architecture it runs presskit on.
    private static final int ENOENT = 2;
    private static final int EEXIST = 17;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;
    private static final int ENOTEMPTY = 39;
    private static final int EOPNOTSUPP = 95;

    private static volatile CLibrary libc;
    private static volatile boolean unavailable;

    private FolderSwap() {}

    /** Exchanges {@code from} and {@code to}, both existing, in one system call. */
    static Outcome exchange(Path from, Path to) throws IOException {
        return rename(from, to, RENAME_EXCHANGE);
    }

    /** Renames {@code from} to {@code to} only if nothing has that name, in one system call. */
    static Outcome place(Path from, Path to) throws IOException {
        return rename(from, to, RENAME_NOREPLACE);
    }

    private static Outcome rename(Path from, Path to, int flags) throws IOException {
        CLibrary c = library();
        if (c == null) {
            return Outcome.UNSUPPORTED;
        }
        try {
            c.renameat2(AT_FDCWD, bytes(from), AT_FDCWD, bytes(to), flags);
            return Outcome.DONE;
        } catch (LastErrorException e) {
            return switch (e.getErrorCode()) {
                case ENOENT -> missing(from, to, c, e.getErrorCode());
                case EEXIST, ENOTEMPTY -> Outcome.TAKEN;
                case EINVAL, ENOSYS, EOPNOTSUPP -> Outcome.UNSUPPORTED;
                default -> throw failure(from, to, c, e.getErrorCode());
            };
        } catch (LinkageError e) {
            // A C library without renameat2 (glibc before 2.28, some others).
            unavailable = true;
            return Outcome.UNSUPPORTED;
        }
    }

    /** ENOENT names no path: only a missing destination is an answer, a missing source an error. */
    private static Outcome missing(Path from, Path to, CLibrary c, int errno) throws IOException {
        if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return Outcome.MISSING;
        }
        throw failure(from, to, c, errno);
    }

    private static FileSystemException failure(Path from, Path to, CLibrary c, int errno) {
        String reason;
        try {
            reason = c.strerror(errno);
        } catch (LinkageError e) {
            reason = "error " + errno;
        }
        return new FileSystemException(from.toString(), to.toString(), reason);
    }

    private static synchronized CLibrary library() {
        if (unavailable) {
            return null;
        }
        CLibrary c = libc;
        if (c == null) {
            try {
                if (!Platform.isLinux()) {
                    unavailable = true;
                    return null;
                }
                c = Native.load(Platform.C_LIBRARY_NAME, CLibrary.class);
                libc = c;
            } catch (LinkageError | RuntimeException e) {
                // JNA's native part could not load (no temporary folder it may run code from, a
                // platform it has no build for): rename the JDK's way.
                unavailable = true;
                return null;
            }
        }
        return c;
    }

    /**
     * The path as the file system has it, NUL-terminated: in the encoding the JDK uses for file
     * names, so the call names the same file the JDK's calls name.
     */
    private static byte[] bytes(Path path) {
        Charset charset;
        try {
            charset = Charset.forName(System.getProperty("sun.jnu.encoding"));
        } catch (IllegalArgumentException | NullPointerException e) {
            charset = Charset.defaultCharset();
        }
        byte[] name = path.toAbsolutePath().toString().getBytes(charset);
        return Arrays.copyOf(name, name.length + 1);
    }
}
