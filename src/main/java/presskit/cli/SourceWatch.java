package presskit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and the folders below them for saved files, and tells one change per burst: an
 * editor's save is often several events (a temporary file, a rename, the file written), and a
 * rebuild per event would build the same kit several times.
 */
final class SourceWatch implements AutoCloseable {

    /** How long the folders must stay quiet before a burst of events counts as one change. */
    static final long QUIET_MILLIS = 75;

    /** A burst that never ends (a script writing in a loop) still gets a rebuild this often. */
    private static final long LONGEST_BURST_MILLIS = 1_000;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    /** Watches {@code roots} (those that exist) and every folder below them. */
    SourceWatch(List<Path> roots) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    register(root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for a change and then for the folders to be quiet; returns false once the watch is
     * closed.
     */
    boolean awaitChange() throws InterruptedException {
        try {
            while (true) {
                boolean changed = drain(service.take());
                long deadline =
                        System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MILLIS);
                while (System.nanoTime() < deadline) {
                    WatchKey next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == null) {
                        break;
                    }
                    changed |= drain(next);
                }
                if (changed) {
                    return true;
                }
            }
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    /** Reads a key's events, watching new folders; whether any concerns a file presskit reads. */
    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed = true;
                continue;
            }
            Path name = (Path) event.context();
            Path path = folder.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException | UncheckedIOException e) {
                    // A folder removed as soon as made: nothing in it to watch.
                }
            }
            changed |= !editorsOwn(name.toString());
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    /** Editors' swap and backup files (.2023.yaml.swp, 2023.yaml~), which no build reads. */
    private static boolean editorsOwn(String name) {
        return name.startsWith(".") || name.endsWith("~");
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                WatchKey key =
                        folder.register(
                                service,
                                StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE,
                                StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
            }
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing a watch frees kernel handles; nothing to tell the user if it fails.
        }
    }
}
