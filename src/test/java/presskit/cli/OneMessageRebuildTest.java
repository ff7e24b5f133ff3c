package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing one message and building again, as communications staff do many times before a launch:
 * the files whose bytes did not change are not written again (the previous kit's file, its inode
 * and its time, stays, the release PDF too), the changed ones are new, and the kit is byte for byte
 * what a build into an empty folder gives. The fixture is the minimal one (invented), with its
 * invented logo.
 */
class OneMessageRebuildTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final Path LOGO = Path.of("src/test/resources/logo/exempel-logo.png");
    private static final String PDF = "national/release.pdf";

    @TempDir Path tmp;

    @Test
    void aOneMessageRebuildKeepsTheUnchangedFilesAndEqualsACleanBuild() throws IOException {
        Path messages = campaign();
        Path out = tmp.resolve("out");
        build(messages, out);
        Map<String, Stamp> before = stamps(out.resolve("2023"));
        assertThat(before).containsKey(PDF);

        edit(messages.resolve("2023.yaml"), "- Testa mera.", "- Testa ännu mera.");
        build(messages, out);
        Path clean = tmp.resolve("clean");
        build(messages, clean);

        Map<String, Stamp> after = stamps(out.resolve("2023"));
        assertThat(Trees.checksums(out.resolve("2023")))
                .isEqualTo(Trees.checksums(clean.resolve("2023")));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        List<String> changed =
                after.keySet().stream()
                        .filter(p -> !after.get(p).sha256().equals(before.get(p).sha256()))
                        .toList();
        assertThat(changed)
                .as("the short posts, the sheets, the page, the manifest and the zips")
                .contains("national/x/short-1.txt", "index.html", "manifest.json")
                .doesNotContain(PDF, "national/release.html");
        for (String path : after.keySet()) {
            if (changed.contains(path)) {
                assertThat(after.get(path).inode()).as(path).isNotEqualTo(before.get(path).inode());
            } else {
                assertThat(after.get(path))
                        .as(path + " is the previous kit's file")
                        .isEqualTo(before.get(path));
            }
        }
    }

    /** The minimal fixture in {@code tmp/messages}, with a logo of its own. */
    private Path campaign() throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        for (String file : List.of("organisation.yaml", "2023.yaml", "sweden.yaml")) {
            Files.copy(MINIMAL.resolve(file), messages.resolve(file));
        }
        Files.copy(LOGO, messages.resolve("logo.png"));
        Files.writeString(
                messages.resolve("organisation.yaml"),
                Files.readString(messages.resolve("organisation.yaml")) + "logo: logo.png\n");
        return messages;
    }

    private static void build(Path messages, Path out) {
        Cli.Run run = Cli.run("build", "--messages", messages.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.all()).isZero();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** A file as the file system has it: which file (inode), when written, and its content. */
    private record Stamp(Object inode, FileTime modified, String sha256) {}

    private static Map<String, Stamp> stamps(Path root) throws IOException {
        Map<String, String> sums = Trees.checksums(root);
        Map<String, Stamp> stamps = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(f).toString().replace('\\', '/');
                stamps.put(
                        path,
                        new Stamp(
                                Files.getAttribute(f, "unix:ino"),
                                Files.getLastModifiedTime(f),
                                sums.get(path)));
            }
        }
        return stamps;
    }
}
