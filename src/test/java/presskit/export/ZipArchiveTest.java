package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Zips are the same bytes for the same files and time, whatever the order they come in or the
 * machine's time zone, and carry the time given on every entry, folders included.
 */
class ZipArchiveTest {

    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2023, 9, 18, 9, 0);

    @Test
    void entriesAreSortedWithTheGivenTimeAndTheBytesRepeat() throws IOException {
        Map<String, byte[]> a = new LinkedHashMap<>();
        a.put("top/b/ö.txt", "Örebro".getBytes(StandardCharsets.UTF_8));
        a.put("top/a.txt", "a".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> b = new LinkedHashMap<>();
        b.put("top/a.txt", "a".getBytes(StandardCharsets.UTF_8));
        b.put("top/b/ö.txt", "Örebro".getBytes(StandardCharsets.UTF_8));
        byte[] first = ZipArchive.of(a, PUBLISHED);
        TimeZone zone = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            second = ZipArchive.of(b, PUBLISHED);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(second).isEqualTo(first);

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(PUBLISHED);
            }
        }
        assertThat(names).containsExactly("top/", "top/a.txt", "top/b/", "top/b/ö.txt");
    }
}
