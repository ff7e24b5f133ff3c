package presskit.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import presskit.export.ReleasePdfs;
import presskit.write.MadeFrom;

/**
 * The release PDFs of the kit already at {@code out/<year>/} that a build takes instead of
 * rendering them again: a PDF is taken when the previous kit's file is marked as made from the same
 * inputs by the same presskit ({@link MadeFrom}) and still holds the bytes it was marked with, so
 * it is exactly what rendering would give. It also keeps every PDF's key, for the writer to mark
 * the new kit's files with.
 */
final class PdfReuse implements ReleasePdfs.Earlier {

    /**
     * This presskit: its version, the jar it runs from and the Java runtime, whose every change may
     * change a PDF; null when the jar cannot be told, and then nothing is reused.
     */
    private static final String PRESSKIT = thisPresskit();

    /** The previous kit's folder, or null when there is none: then nothing is read. */
    private final Path previous;

    private final Map<String, String> keys = new TreeMap<>();

    /** Reuse from the kit in {@code previous}, the year's folder, if there is one. */
    PdfReuse(Path previous) {
        this.previous = Files.isDirectory(previous) ? previous : null;
    }

    @Override
    public Optional<byte[]> pdf(List<String> paths, String key) {
        if (PRESSKIT == null) {
            return Optional.empty();
        }
        String marked = PRESSKIT + " " + key;
        synchronized (keys) {
            paths.forEach(path -> keys.put(path, marked));
        }
        if (previous == null) {
            return Optional.empty();
        }
        for (String path : paths) {
            Optional<byte[]> taken = MadeFrom.read(previous.resolve(path), marked);
            if (taken.isPresent()) {
                return taken;
            }
        }
        return Optional.empty();
    }

    /** Each PDF's path below the year's folder → the key it is marked with. */
    Map<String, String> keys() {
        synchronized (keys) {
            return Map.copyOf(keys);
        }
    }

    /**
     * This presskit's version, jar and Java runtime, which every output it takes from an earlier
     * build must have been made by; null when the jar cannot be told.
     */
    static String presskit() {
        return PRESSKIT;
    }

    private static String thisPresskit() {
        String version = PdfReuse.class.getPackage().getImplementationVersion();
        CodeSource source = PdfReuse.class.getProtectionDomain().getCodeSource();
        try {
            Path from = source == null ? null : Path.of(source.getLocation().toURI());
            if (from == null) {
                return null;
            }
            // Classes in a folder (tests, an IDE): nothing tells one compilation from another,
            // and a test's kit starts in an empty folder.
            String jar =
                    Files.isRegularFile(from)
                            ? Files.size(from) + "-" + Files.getLastModifiedTime(from).toMillis()
                            : "classes";
            // The Java runtime too: its image decoding and compression write the PDF's streams.
            return (version == null ? "dev" : version)
                    + "/"
                    + jar
                    + "/"
                    + System.getProperty("java.runtime.version")
                    + "@"
                    + System.getProperty("java.home");
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }
}
