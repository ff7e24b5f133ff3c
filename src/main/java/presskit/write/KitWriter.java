package presskit.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import presskit.diagnostic.DiagnosticException;
import presskit.kit.Kit;
import presskit.kit.Manifest;
import presskit.kit.Output;

/**
 * Writes a kit to {@code <out>/<year>/} whole or not at all, and never leaves the year without a
 * kit: files go to a staging folder beside it (see {@link Staging}), and the finished folder is
 * then exchanged with the previous one in one system call ({@link FolderSwap}), so at every instant
 * {@code out/<year>} is the whole old kit or the whole new one, also when the build is killed. The
 * folder holding the old kit after the exchange is then removed. A failure at any point leaves the
 * previous kit exactly as it was and ends in a {@link WriteFailure} naming the folder.
 *
 * <p>Where folders cannot be exchanged (not Linux, a file system without it), the previous kit is
 * moved aside and the new one moved in by two renames; a build killed between them leaves the
 * previous kit aside, and the next command puts it back before anything reads the year ({@link
 * Leftovers}). Every build first removes what builds that no longer run left behind.
 *
 * <p>Nothing is forced to disk (no fsync): the promise is about builds that fail or are killed, not
 * about power cuts, and syncing every file would cost more than the rest of the write.
 */
public final class KitWriter {

    private static final String MANIFEST = "manifest.json";

    /** Writes the kit and returns the folder it is in. */
    public Path write(Kit kit, Path out) {
        return write(kit, Map.of(), out);
    }

    /**
     * Writes the kit and {@code extra} files (path relative to the year's folder → bytes: zips, the
     * page), all in the same staging folder, and returns the folder it is in.
     */
    public Path write(Kit kit, Map<String, byte[]> extra, Path out) {
        return write(kit, extra, Map.of(), out);
    }

    /**
     * The same, with the files of {@code madeFrom} (path → the key of what it was made from) marked
     * so that a later build can take them instead of making them again ({@link MadeFrom}).
     */
    public Path write(Kit kit, Map<String, byte[]> extra, Map<String, String> madeFrom, Path out) {
        return write(kit, extra, madeFrom, null, out);
    }

    /**
     * The same, and once the kit is in place, {@code beside} (when not null) as a file of its own
     * beside the year's folder, written whole under a temporary name and renamed over the previous
     * one. It is only a shortcut for the next build: where it cannot be written, the kit stands.
     */
    public Path write(
            Kit kit,
            Map<String, byte[]> extra,
            Map<String, String> madeFrom,
            Beside beside,
            Path out) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.putAll(files(kit));
        files.putAll(extra);
        return staged(
                kit.year(),
                out,
                (staging, target) -> {
                    Staging.fill(staging, target, files);
                    mark(staging, files, madeFrom);
                },
                beside);
    }

    /**
     * A file kept beside a kit, {@code out/<name>}, for the next build (not part of the kit).
     *
     * @param name the file's name, which must start with a dot
     * @param content writes the file's bytes
     */
    public record Beside(String name, Content content) {

        public Beside {
            if (!name.startsWith(".") || name.contains("/") || name.contains("\\")) {
                throw new IllegalArgumentException(
                        "'name' must be a hidden file's name, was '" + name + "'");
            }
        }

        /** Writes a file's bytes to a stream it does not close. */
        @FunctionalInterface
        public interface Content {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    /** Marks the files of {@code madeFrom} that the staging folder holds with their keys. */
    private static void mark(
            Path staging, Map<String, byte[]> files, Map<String, String> madeFrom) {
        // The regions that share the national release share its PDF's bytes: hashed once.
        Map<byte[], String> hashes = new IdentityHashMap<>();
        madeFrom.forEach(
                (path, key) -> {
                    byte[] bytes = files.get(path);
                    if (bytes != null) {
                        MadeFrom.write(
                                staging.resolve(path),
                                key,
                                hashes.computeIfAbsent(bytes, MadeFrom::sha256));
                    }
                });
    }

    /**
     * Writes the outputs of some editions into the kit already at {@code <out>/<year>/}, whole or
     * not at all like any kit: the staging folder starts as the previous kit, the editions' files
     * are written over it (theirs that the part no longer has removed), the manifest gets their
     * entries in place of the previous ones, and every other file stays byte for byte as it was.
     * Without a previous kit the part is the whole kit, with the {@code alone} files.
     *
     * @param part the outputs of the editions built
     * @param alone the files made from the part for a year with no kit yet (its page, its zips),
     *     written only then
     * @param variants the codes of those editions, whose previous entries and files are replaced
     * @throws DiagnosticException when the previous kit's manifest is not one presskit wrote: the
     *     part cannot be merged into it
     */
    public Part writePart(Kit part, Map<String, byte[]> alone, Set<String> variants, Path out) {
        return writePart(part, alone, variants, Map.of(), out);
    }

    /** The same, with the files of {@code madeFrom} marked as {@link #write} does. */
    public Part writePart(
            Kit part,
            Map<String, byte[]> alone,
            Set<String> variants,
            Map<String, String> madeFrom,
            Path out) {
        boolean[] intoPrevious = {false};
        Path folder =
                staged(
                        part.year(),
                        out,
                        (staging, target) -> {
                            intoPrevious[0] = fillPart(staging, target, part, alone, variants);
                            if (!madeFrom.isEmpty()) {
                                Map<String, byte[]> files = new LinkedHashMap<>();
                                part.outputs().forEach(o -> files.putAll(o.files()));
                                mark(staging, files, madeFrom);
                            }
                        },
                        null);
        return new Part(folder, intoPrevious[0]);
    }

    /** Fills the staging folder with the part over the previous kit; whether there was one. */
    private static boolean fillPart(
            Path staging, Path target, Kit part, Map<String, byte[]> alone, Set<String> variants)
            throws IOException {
        Set<String> carried = Staging.carry(staging, target);
        Map<String, byte[]> files = new LinkedHashMap<>();
        part.outputs().forEach(o -> files.putAll(o.files()));
        if (carried.isEmpty()) {
            files.putAll(alone);
        }
        Set<String> replaced = Set.of();
        String manifest = Manifest.json(part);
        if (carried.contains(MANIFEST)) {
            // Read from the staging folder: the manifest of the files carried, even if another
            // build has replaced the kit meanwhile.
            Manifest.Merged merged =
                    Manifest.merged(
                            Files.readAllBytes(staging.resolve(MANIFEST)),
                            target.resolve(MANIFEST).toString(),
                            part,
                            variants);
            manifest = merged.json();
            replaced = merged.replaced();
        }
        files.put(MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
        Staging.put(staging, carried, files, replaced::contains);
        return !carried.isEmpty();
    }

    /**
     * A part of a kit written: the year's folder, and whether a previous kit was there to write it
     * into (without one, the part is the whole kit).
     */
    public record Part(Path folder, boolean intoPrevious) {}

    /** How the staging folder is filled, given it and the year's folder. */
    @FunctionalInterface
    private interface Filling {
        void fill(Path staging, Path target) throws IOException;
    }

    /** Claims a build slot, fills its staging folder and puts it in place of the year's folder. */
    private static Path staged(int year, Path out, Filling filling, Beside beside) {
        Path target = out.resolve(String.valueOf(year));
        try {
            Files.createDirectories(out);
            try (BuildSlot slot = BuildSlot.claim(out, year)) {
                Leftovers.clear(out);
                filling.fill(slot.staging(), target);
                swap(slot.staging(), target, slot.previous());
                if (beside != null) {
                    keep(beside, slot.spare(), out.resolve(beside.name()));
                }
            }
            return target;
        } catch (IOException | UncheckedIOException e) {
            throw new WriteFailure(
                    target,
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    /**
     * Writes {@code beside} to {@code spare}, a name of the build's own that a build killed
     * meanwhile leaves for {@link Leftovers}, and renames it to {@code file}; a failure leaves the
     * previous file, or none.
     */
    private static void keep(Beside beside, Path spare, Path file) {
        try {
            try (OutputStream out = Files.newOutputStream(spare)) {
                beside.content().writeTo(out);
            }
            Files.move(
                    spare,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(spare);
            } catch (IOException ignored) {
                // The slot's leftovers are removed by the next build.
            }
        }
    }

    /** Every file of the kit with its content: outputs, thread parts, PDFs and the manifest. */
    public static Map<String, byte[]> files(Kit kit) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Output o : kit.outputs()) {
            files.putAll(o.files());
        }
        files.put(MANIFEST, Manifest.json(kit).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /**
     * Puts the finished {@code staging} folder at {@code target}; the folder it replaced ends in
     * {@code staging} or {@code previous}, for the caller to remove.
     */
    private static void swap(Path staging, Path target, Path previous) throws IOException {
        // A build of the same year may put its kit in place between two of these calls: then
        // exchange with that one.
        for (int attempt = 0; attempt < 3; attempt++) {
            FolderSwap.Outcome outcome = FolderSwap.exchange(staging, target);
            if (outcome == FolderSwap.Outcome.MISSING) {
                outcome = FolderSwap.place(staging, target);
            }
            if (outcome == FolderSwap.Outcome.DONE) {
                return;
            }
            if (outcome == FolderSwap.Outcome.UNSUPPORTED) {
                swapByRenames(staging, target, previous);
                return;
            }
        }
        throw new IOException("another build keeps replacing " + target);
    }

    /** The previous kit aside, the new one in: two renames, with {@link Leftovers} to recover. */
    private static void swapByRenames(Path staging, Path target, Path previous) throws IOException {
        for (int attempt = 0; ; attempt++) {
            deleteTree(previous);
            boolean hadPrevious = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (hadPrevious) {
                move(target, previous);
            }
            try {
                move(staging, target);
                return;
            } catch (IOException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && attempt < 3) {
                    continue; // another build's kit got there first: move that one aside
                }
                if (hadPrevious && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(previous, target);
                }
                throw e;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes a folder and everything in it; what another process removed meanwhile is fine. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e)
                            throws IOException {
                        if (e instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw e;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e)
                            throws IOException {
                        if (e != null && !(e instanceof NoSuchFileException)) {
                            throw e;
                        }
                        Files.deleteIfExists(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
