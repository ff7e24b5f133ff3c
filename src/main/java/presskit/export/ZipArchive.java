package presskit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs files into a zip that is byte-identical for the same files: entries sorted by path, every
 * entry with the same fixed local time and no extra timestamp fields, so a rebuild never changes an
 * archive.
 */
public final class ZipArchive {

    /**
     * Any fixed time would do. Not 1980-01-01 00:00, the zip epoch: the JDK reads that DOS time as
     * "earlier" and adds an extended timestamp computed in the machine's time zone, which would
     * make the bytes differ by zone.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ZipArchive() {}

    /** A zip of {@code files} (path inside the zip → content). */
    public static byte[] of(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                // setTimeLocal writes the DOS time as given: unlike setTime, it does not depend on
                // the time zone.
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip in memory", e);
        }
        return bytes.toByteArray();
    }
}
