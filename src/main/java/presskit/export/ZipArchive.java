package presskit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs files into a zip that is byte-identical for the same files and time: entries sorted by
 * path, each folder an entry of its own, every entry with the same local time and no extra
 * timestamp fields, so a rebuild never changes an archive.
 */
public final class ZipArchive {

    private ZipArchive() {}

    /**
     * A zip of {@code files} (path inside the zip → content), every entry dated {@code time}, a
     * local time between 1980 and 2107 (the zip's own DOS time: outside it the JDK would add an
     * extended timestamp computed in the machine's time zone, and the bytes would differ by zone).
     */
    public static byte[] of(Map<String, byte[]> files, LocalDateTime time) {
        if (time.getYear() <= 1980 || time.getYear() > 2107) {
            throw new IllegalArgumentException(
                    "'time' must lie in 1981–2107 for a DOS time, was " + time);
        }
        TreeSet<String> folders = new TreeSet<>();
        for (String path : files.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash + 1));
            }
        }
        Map<String, byte[]> entries = new TreeMap<>(files);
        folders.forEach(f -> entries.put(f, null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                // setTimeLocal writes the DOS time as given: unlike setTime, it does not depend on
                // the time zone.
                entry.setTimeLocal(time);
                unicodePath(entry);
                zip.putNextEntry(entry);
                if (file.getValue() != null) {
                    zip.write(file.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip in memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Info-ZIP's Unicode Path field (0x7075) for a name that is not ASCII. The JDK marks every name
     * as UTF-8 (flag bit 11), which Windows, macOS and 7-Zip read; Info-ZIP's unzip, the one Linux
     * distributions ship, instead reads a name from a "made by MS-DOS" entry as code page 437
     * ("LÄSMIG" comes out "L+�SMIG") unless this field says it again in UTF-8.
     */
    private static void unicodePath(ZipEntry entry) {
        byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
        if (name.length == entry.getName().length()) {
            return;
        }
        CRC32 crc = new CRC32();
        crc.update(name);
        ByteBuffer field = ByteBuffer.allocate(4 + 5 + name.length).order(ByteOrder.LITTLE_ENDIAN);
        field.putShort((short) 0x7075).putShort((short) (5 + name.length));
        field.put((byte) 1).putInt((int) crc.getValue()).put(name);
        entry.setExtra(field.array());
    }
}
