package presskit.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Fills a staging folder with the new kit, reusing the previous kit's unchanged files.
 *
 * <p>Creating thousands of small files is the slowest part of a build on many disks, while a hard
 * link costs almost nothing. So the staging folder starts as hard links to the previous kit; a file
 * whose content changed is written beside it and renamed over its link, which replaces the link and
 * never writes into the previous kit's file. Files the new kit no longer has are removed from the
 * staging folder. Where hard links are not possible (another file system, Windows shares), every
 * file is simply written.
 *
 * <p>A build of some editions only ({@link KitWriter#writePart}) starts the same way and keeps the
 * previous kit's other files: there, where links are not possible, they are copied.
 */
final class Staging {

    private Staging() {}

    /**
     * Writes {@code files} (path → bytes) into {@code staging}, starting from {@code previous} when
     * there is one.
     */
    static void fill(Path staging, Path previous, Map<String, byte[]> files) throws IOException {
        Set<String> linked =
                Files.isDirectory(previous) ? linkAll(previous, staging, false) : Set.of();
        put(staging, linked, files, stale -> true);
    }

    /**
     * Starts {@code staging} as the previous kit: hard links to its files, or copies of them where
     * the file system cannot link (a part of a kit needs the rest), and returns their paths.
     */
    static Set<String> carry(Path staging, Path previous) throws IOException {
        return Files.isDirectory(previous) ? linkAll(previous, staging, true) : Set.of();
    }

    /**
     * Writes {@code files} over the {@code carried} ones in {@code staging}, and removes the
     * carried files that {@code files} does not have and {@code stale} accepts.
     */
    static void put(
            Path staging, Set<String> carried, Map<String, byte[]> files, Predicate<String> stale)
            throws IOException {
        files.keySet().stream()
                .map(p -> staging.resolve(p).getParent())
                .distinct()
                .forEach(Staging::mkdirs);
        files.entrySet().parallelStream()
                .forEach(
                        e ->
                                put(
                                        staging.resolve(e.getKey()),
                                        e.getValue(),
                                        carried.contains(e.getKey())));
        boolean removed = false;
        for (String old : carried) {
            if (!files.containsKey(old) && stale.test(old)) {
                Files.delete(staging.resolve(old));
                removed = true;
            }
        }
        if (removed) {
            pruneEmptyFolders(staging);
        }
    }

    /** Removes the folders that removing stale files left empty, deepest first. */
    private static void pruneEmptyFolders(Path root) throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(root)) {
            folders = walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path folder : folders) {
            if (!folder.equals(root)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        }
    }

    /**
     * Hard-links every file of {@code from} into {@code to}; where the file system cannot link,
     * copies them when {@code copy} says so and leaves {@code to} empty otherwise.
     */
    private static Set<String> linkAll(Path from, Path to, boolean copy) throws IOException {
        Set<String> linked = new HashSet<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.toList();
        }
        try {
            for (Path p : all) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createLink(target, p);
                    linked.add(from.relativize(p).toString().replace('\\', '/'));
                }
            }
        } catch (UnsupportedOperationException | IOException e) {
            // No hard links here: start from an empty staging folder and write everything.
            KitWriter.deleteTree(to);
            Files.createDirectories(to);
            return copy ? copyAll(all, from, to) : Set.of();
        }
        return linked;
    }

    private static Set<String> copyAll(List<Path> all, Path from, Path to) throws IOException {
        Set<String> copied = new HashSet<>();
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
                copied.add(from.relativize(p).toString().replace('\\', '/'));
            }
        }
        return copied;
    }

    private static void put(Path file, byte[] content, boolean linked) {
        try {
            if (linked) {
                if (Files.size(file) == content.length
                        && Arrays.equals(Files.readAllBytes(file), content)) {
                    return;
                }
                // Never write into a linked file: that would change the previous kit too.
                Path fresh = file.resolveSibling(file.getFileName() + ".new");
                Files.write(fresh, content);
                Files.move(
                        fresh,
                        file,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.write(file, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
