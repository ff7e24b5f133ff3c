package presskit.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import presskit.kit.Kit;
import presskit.kit.Manifest;
import presskit.kit.Output;

/**
 * Writes a kit to {@code <out>/<year>/} whole or not at all: files go to a staging folder beside it
 * (see {@link Staging}), and the finished folder then replaces the previous one by renames. A
 * failure at any point leaves the previous kit exactly as it was and ends in a {@link WriteFailure}
 * naming the folder.
 */
public final class KitWriter {

    /** Writes the kit and returns the folder it is in. */
    public Path write(Kit kit, Path out) {
        return write(kit, Map.of(), out);
    }

    /**
     * Writes the kit and {@code extra} files (path relative to the year's folder → bytes: zips, the
     * page), all in the same staging folder, and returns the folder it is in.
     */
    public Path write(Kit kit, Map<String, byte[]> extra, Path out) {
        Path target = out.resolve(String.valueOf(kit.year()));
        Path staging = out.resolve(".staging-" + kit.year() + "-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(out);
            deleteTree(staging);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.putAll(files(kit));
            files.putAll(extra);
            Staging.fill(staging, target, files);
            swap(
                    staging,
                    target,
                    out.resolve(".previous-" + kit.year() + "-" + ProcessHandle.current().pid()));
            return target;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(staging);
            throw new WriteFailure(
                    target,
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    /** Every file of the kit with its content: outputs, thread parts, PDFs and the manifest. */
    public static Map<String, byte[]> files(Kit kit) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Output o : kit.outputs()) {
            files.putAll(o.files());
        }
        files.put("manifest.json", Manifest.json(kit).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static void swap(Path staging, Path target, Path previous) throws IOException {
        boolean hadPrevious = Files.exists(target);
        if (hadPrevious) {
            deleteTree(previous);
            move(target, previous);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (hadPrevious) {
                move(previous, target);
            }
            throw e;
        }
        if (hadPrevious) {
            deleteQuietly(previous);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // Best effort: a leftover staging folder is harmless and is removed by the next build.
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(
                dir,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e)
                            throws IOException {
                        Files.delete(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
