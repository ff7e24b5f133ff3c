package presskit.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;

/**
 * Keeps a {@link Ledger} on disk as {@code <dir>/ledger-<year>-<channel>.json}. Every save is
 * atomic and durable (temp file, fsync, rename, fsync of the folder), so a crash leaves either the
 * old or the new ledger, never half of one.
 */
public final class LedgerFile {

    private final Path file;
    private final int year;
    private final String channel;

    public LedgerFile(Path dir, int year, String channel) {
        this.file = dir.resolve("ledger-" + year + "-" + channel + ".json");
        this.year = year;
        this.channel = channel;
    }

    public Path path() {
        return file;
    }

    /** The ledger on disk, or an empty one when nothing was published yet. */
    public Ledger load() {
        try {
            return LedgerCodec.read(Files.readAllBytes(file), year, channel);
        } catch (NoSuchFileException e) {
            return new Ledger(year, channel);
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            // The ledger is the only memory of what is already public: never guess, never overwrite
            // it.
            throw new PublishSetupException(
                    "the ledger "
                            + file
                            + " cannot be read ("
                            + reason(e)
                            + "); it records what was already posted, so fix it or move it aside before publishing");
        }
    }

    /** Replaces the ledger on disk with {@code ledger}, atomically. */
    public void save(Ledger ledger) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel =
                FileChannel.open(
                        temp,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(LedgerCodec.write(ledger));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        try {
            Files.move(
                    temp,
                    file,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(
                    "the file system of " + file.getParent() + " cannot replace files atomically",
                    e);
        }
        syncFolder();
    }

    /**
     * Takes the ledger for this run and reads it, so two runs cannot post the same thread at once.
     * The operating system releases the lock when the process ends, even after {@code kill -9}.
     */
    public Lock lock() throws IOException {
        Files.createDirectories(file.getParent());
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        FileChannel channel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new PublishSetupException(
                    "another 'presskit publish' is using " + file + "; wait for it to end");
        }
        FileLock held = lock;
        Ledger ledger;
        try {
            ledger = load();
        } catch (RuntimeException e) {
            held.release();
            channel.close();
            throw e;
        }
        return new Lock() {
            @Override
            public Ledger ledger() {
                return ledger;
            }

            @Override
            public void close() throws IOException {
                held.release();
                channel.close();
            }
        };
    }

    /** A held ledger lock with the ledger as read under it; closing it lets the next run in. */
    public interface Lock extends AutoCloseable {
        /** The ledger as it was on disk when the lock was taken. */
        Ledger ledger();

        @Override
        void close() throws IOException;
    }

    private void syncFolder() {
        // The rename is only durable once the folder's entry is on disk; not every platform can
        // open a folder.
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Best effort: the file itself is already fsynced.
        }
    }

    /** What is wrong with the file in words, without the JSON parser's internals. */
    private static String reason(Exception e) {
        if (e instanceof JsonProcessingException json) {
            return json.getLocation() == null
                    ? "not valid JSON"
                    : "not valid JSON at line "
                            + json.getLocation().getLineNr()
                            + ", column "
                            + json.getLocation().getColumnNr();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }
}
