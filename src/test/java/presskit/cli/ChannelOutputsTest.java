package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which outputs a network gets is data in {@code channels.yaml}: switched off, posts skipped. */
class ChannelOutputsTest {

    // National posts on two networks, so the schedule has one entry for a network that stays.
    private static final String PLAN =
            """

            plan:
              - at: 2023-09-18T08:00:00+02:00
                channel: x
                post: key-1
              - at: 2023-09-18T09:00:00+02:00
                channel: facebook
                post: post
            """;

    @TempDir Path tmp;

    @Test
    void aSwitchedOffNetworkHasNoOutputAnywhere() throws IOException {
        Path messages = shippedMessages("facebook: {enabled: false}\n");
        Path out = tmp.resolve("out");

        // Every level: the municipalities of one region (a build without the national posts a plan
        // names), then national and every region, with a plan.
        Cli.Run local =
                Cli.run(
                        "build",
                        "--messages",
                        messages.toString(),
                        "--no-pdf",
                        "--region",
                        "18",
                        "--out",
                        out.resolve("b").toString());
        // The facebook entry's channel stands on the plan's seventh line.
        int facebookLine = Files.readAllLines(messages.resolve("2023.yaml")).size() + 7;
        Files.writeString(messages.resolve("2023.yaml"), PLAN, StandardOpenOption.APPEND);
        Cli.Run national =
                Cli.run(
                        "build",
                        "--messages",
                        messages.toString(),
                        "--no-pdf",
                        "--only",
                        "national,regions",
                        "--out",
                        out.resolve("a").toString());

        assertThat(national.status()).as(national.all()).isZero();
        assertThat(local.status()).as(local.all()).isZero();
        assertThat(national.all())
                .contains(
                        "2023.yaml:"
                                + facebookLine
                                + ":14: warning: "
                                + "'plan[1].channel': channels.yaml switches facebook off, so the post 'post' is"
                                + " left out of the schedule");
        assertThat(out.resolve("a/2023/national/facebook")).doesNotExist();
        assertThat(out.resolve("a/2023/national/linkedin/post.txt")).isRegularFile();
        assertThat(out.resolve("a/2023/schedule/plan.ics")).isRegularFile();
        assertThat(out.resolve("b/2023/municipalities/1880-orebro/linkedin/local.txt"))
                .isRegularFile();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.add("path " + out.relativize(file));
                String name = file.getFileName().toString();
                if (name.endsWith(".zip")) {
                    zipEntries(file).forEach(entry -> found.add("zip entry " + entry));
                } else if (name.equals("manifest.json")
                        || name.equals("index.html")
                        || file.getParent().endsWith("schedule")) {
                    found.add(file + ": " + Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(found)
                .as("files read")
                .anyMatch(s -> s.contains("plan.ics: "))
                .anyMatch(s -> s.contains("index.html: "))
                .anyMatch(s -> s.startsWith("zip entry "));
        assertThat(found).noneMatch(s -> s.toLowerCase(Locale.ROOT).contains("facebook"));
    }

    @Test
    void aNetworkSkipsSinglePostKinds() throws IOException {
        Path messages = shippedMessages("x: {skip: [short]}\nlinkedin:\n  skip: [post]\n");
        Path out = tmp.resolve("out");

        Cli.Run run =
                Cli.run(
                        "build",
                        "--messages",
                        messages.toString(),
                        "--no-pdf",
                        "--only",
                        "national",
                        "--out",
                        out.toString());

        assertThat(run.status()).as(run.all()).isZero();
        Path national = out.resolve("2023/national");
        assertThat(national.resolve("x/key-1.txt")).isRegularFile();
        assertThat(national.resolve("x/short-1.txt")).doesNotExist();
        assertThat(national.resolve("mastodon/short-1.txt")).isRegularFile();
        assertThat(national.resolve("linkedin")).doesNotExist();
        assertThat(national.resolve("facebook/post.txt")).isRegularFile();
        assertThat(Files.readString(out.resolve("2023/manifest.json")))
                .doesNotContain("national/x/short-")
                .contains("national/x/key-1");
    }

    private Path shippedMessages(String channels) throws IOException {
        Path messages = tmp.resolve("messages");
        Path shipped = Path.of("messages");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path target = messages.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(
                messages.resolve("channels.yaml"),
                "# yaml-language-server: $schema=schemas/channels.schema.json\n" + channels);
        return messages;
    }

    private static List<String> zipEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
