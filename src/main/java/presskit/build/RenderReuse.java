package presskit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.stream.Stream;
import presskit.plan.RenderMemo;
import presskit.plan.Rendered;
import presskit.write.KitWriter;

/**
 * The outputs that the last build into the same folder rendered ({@link RenderMemo}, kept in {@code
 * out/.rendered-<year>}), which a build takes for every job of the same key, and the context that
 * key is made in: this presskit (its version, jar and Java runtime, as for the PDFs it takes,
 * {@link PdfReuse}) and the bytes of every file in the templates folder.
 *
 * @param kept what the last build kept, read on a thread of its own while the jobs are planned
 * @param context the context of this build's keys; null when nothing is kept or taken
 * @param name the file's name beside the year's folder
 */
record RenderReuse(Supplier<RenderMemo> kept, String context, String name) {

    /**
     * What a build of {@code year} into {@code out} with {@code templates} takes; keeps nothing and
     * takes nothing when this presskit cannot be told from another.
     */
    static RenderReuse of(Path out, int year, Path templates) {
        String presskit = PdfReuse.presskit();
        String name = RenderMemo.fileName(year);
        String folder = templates(templates);
        if (presskit == null || folder == null) {
            return new RenderReuse(() -> RenderMemo.NONE, null, name);
        }
        FutureTask<RenderMemo> reading = new FutureTask<>(() -> RenderMemo.read(out.resolve(name)));
        Thread reader = new Thread(reading, "presskit-render-memo");
        reader.setDaemon(true);
        reader.start();
        Supplier<RenderMemo> kept =
                () -> {
                    try {
                        return reading.get();
                    } catch (ExecutionException e) {
                        return RenderMemo.NONE; // read() reports nothing: a shortcut lost
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return RenderMemo.NONE;
                    }
                };
        return new RenderReuse(kept, presskit + "\n" + folder, name);
    }

    /**
     * The file that keeps what {@code rendered} made for the next build, for the writer to put
     * beside the kit; null when nothing is kept.
     */
    KitWriter.Beside beside(Rendered rendered) {
        return context == null
                ? null
                : new KitWriter.Beside(name, out -> RenderMemo.write(rendered, out));
    }

    /**
     * The SHA-256 of the templates folder's files, each path with its bytes; "none" when there is
     * no folder, null when it cannot be read (then the engine says why). A template the folder
     * adds, removes or changes changes every key.
     */
    private static String templates(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return "none";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                byte[] name = folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8);
                byte[] bytes = Files.readAllBytes(file);
                sha.update(length(name.length));
                sha.update(name);
                sha.update(length(bytes.length));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] length(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }
}
