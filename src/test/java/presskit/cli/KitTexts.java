package presskit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Everything a kit gives its readers as text: each file, and each zip's entries. PDFs are left out:
 * each is made from its release's HTML, which is here.
 */
final class KitTexts {

    private KitTexts() {}

    /** Every file of {@code year} by its path, each zip's entries as {@code zip!entry}. */
    static Map<String, String> of(Path year) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(year)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".pdf"))
                    .sorted()
                    .forEach(files::add);
        }
        for (Path file : files) {
            String name = year.relativize(file).toString();
            if (name.endsWith(".zip")) {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        if (e.getName().endsWith(".pdf")) {
                            continue;
                        }
                        texts.put(
                                name + "!" + e.getName(),
                                new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } else {
                texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
