package presskit.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders one running build uses beside {@code out/<year>}, and the lock that says it is
 * running.
 *
 * <p>A build claims a name no build ever had ({@code <pid>-<random>}: a PID alone is reused) and
 * holds a lock on {@code .build-<year>-<id>.lock} for as long as it runs. Its staging folder is
 * {@code .build-<year>-<id>}; {@code .previous-<year>-<id>} is used only where folders cannot be
 * exchanged. The operating system drops the lock when the process ends, however it ends, so a
 * folder whose lock can be taken belongs to a build that no longer runs ({@link Leftovers}).
 * Closing the slot removes the folders and the lock file.
 */
final class BuildSlot implements AutoCloseable {

    /** Ids claimed in this JVM: never probed, since closing a probe would drop the owner's lock. */
    private static final Set<String> OWNED = ConcurrentHashMap.newKeySet();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path out;
    private final int year;
    private final String id;
    private final FileChannel channel;

    private BuildSlot(Path out, int year, String id, FileChannel channel) {
        this.out = out;
        this.year = year;
        this.id = id;
        this.channel = channel;
    }

    /** Claims a new slot for a build of {@code year} into {@code out}. */
    static BuildSlot claim(Path out, int year) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[4];
            RANDOM.nextBytes(random);
            String id = ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
            OWNED.add(id);
            Path lock = lockFile(out, year, id);
            FileChannel channel = null;
            try {
                channel =
                        FileChannel.open(
                                lock, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileLock held;
                try {
                    held = channel.tryLock();
                } catch (IOException e) {
                    // A file system without locks (some network shares): the build runs unmarked.
                    // Other builds cannot take its lock either, so they leave its folders alone.
                    return new BuildSlot(out, year, id, channel);
                }
                // A build tidying up may have taken the new file for a dead build's and removed
                // it between its creation and our lock: then it is no longer ours to hold.
                if (held != null && Files.exists(lock)) {
                    return new BuildSlot(out, year, id, channel);
                }
            } catch (FileAlreadyExistsException e) {
                // Another id, next time round.
            } catch (IOException | RuntimeException e) {
                OWNED.remove(id);
                closeQuietly(channel);
                throw e;
            }
            OWNED.remove(id);
            closeQuietly(channel);
            if (attempt == 10) {
                throw new IOException("cannot claim a lock file in " + out);
            }
        }
    }

    /** Whether a build of this JVM holds {@code id}. */
    static boolean ownedHere(String id) {
        return OWNED.contains(id);
    }

    /** The lock file of build {@code id}. */
    static Path lockFile(Path out, int year, String id) {
        return out.resolve(".build-" + year + "-" + id + ".lock");
    }

    /** Where the kit is built, beside {@code out/<year>}; after the swap, the kit it replaced. */
    Path staging() {
        return out.resolve(".build-" + year + "-" + id);
    }

    /** A file of the build's own beside the kit, written and then renamed into place. */
    Path spare() {
        return out.resolve(".staging-" + year + "-" + id);
    }

    /** Where the previous kit goes when folders cannot be exchanged. */
    Path previous() {
        return out.resolve(".previous-" + year + "-" + id);
    }

    /**
     * Removes the slot's folders, then its lock file, then lets go of the lock. Best effort: what
     * cannot be removed now is a dead build's leftover that the next build removes.
     */
    @Override
    public void close() {
        try {
            KitWriter.deleteTree(staging());
            KitWriter.deleteTree(previous());
            Files.deleteIfExists(spare());
            Files.deleteIfExists(lockFile(out, year, id));
        } catch (IOException e) {
            // Left for the next build.
        } finally {
            closeQuietly(channel);
            OWNED.remove(id);
        }
    }

    /**
     * Takes the lock of a build of another JVM if that build no longer runs, or answers null while
     * it still does. The lock file may be gone already: a build that finished, or another build
     * that tidied up; then the answer holds no lock.
     */
    static Probe probe(Path lockFile) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return new Probe(null);
        }
        try {
            if (channel.tryLock() != null) {
                return new Probe(channel);
            }
        } catch (OverlappingFileLockException | IOException e) {
            // Held in this JVM, or not lockable: treat as running.
        }
        closeQuietly(channel);
        return null;
    }

    /** A dead build's lock, held while its leftovers are removed; closing lets go of it. */
    record Probe(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing drops the lock either way.
            }
        }
    }
}
