package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Zips are the same bytes for the same files, whatever the order they come in or the machine's time
 * zone.
 */
class ZipArchiveTest {

    @Test
    void entriesAreSortedWithAFixedTimeAndTheBytesRepeat() throws IOException {
        Map<String, byte[]> a = new LinkedHashMap<>();
        a.put("b/ö.txt", "Örebro".getBytes(StandardCharsets.UTF_8));
        a.put("a.txt", "a".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> b = new LinkedHashMap<>();
        b.put("a.txt", "a".getBytes(StandardCharsets.UTF_8));
        b.put("b/ö.txt", "Örebro".getBytes(StandardCharsets.UTF_8));
        byte[] first = ZipArchive.of(a);
        TimeZone zone = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            second = ZipArchive.of(b);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(second).isEqualTo(first);

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(ZipArchive.ENTRY_TIME);
            }
        }
        assertThat(names).containsExactly("a.txt", "b/ö.txt");
    }
}
