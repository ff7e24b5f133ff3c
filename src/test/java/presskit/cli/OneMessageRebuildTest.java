package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing one message and building again, as communications staff do many times before a launch:
 * the files whose bytes did not change are not written again (the previous kit's file, its inode
 * and its time, stays, the release PDF too), the changed ones are new, and the kit is byte for byte
 * what a build into an empty folder gives. A PDF is taken from the previous kit only when all it is
 * rendered from is the same: a new logo, which the release's HTML does not show, renders it again.
 * The fixture is the minimal one (invented), with its invented logo. The output folders are on a
 * file system with user extended attributes, where presskit marks a PDF with what it was made from.
 */
class OneMessageRebuildTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final Path LOGO = Path.of("src/test/resources/logo/exempel-logo.png");
    private static final String PDF = "national/release.pdf";

    /** The extended attribute ({@code user.}) that says what a file was made from. */
    private static final String MARK = "presskit.made-from";

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

    @Test
    void whatABuildRenderedIsKeptBesideTheKitAndADamagedCopyChangesNothing() throws IOException {
        Path messages = campaign();
        Path out = tmp.resolve("out");
        build(messages, out);
        Path kept = out.resolve(".rendered-2023");
        assertThat(kept).isRegularFile();
        try (Stream<Path> files = Files.walk(out.resolve("2023"))) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith(".rendered"));
        }

        // Changed bytes in the middle, as a disk or a hand might leave them: read as nothing.
        byte[] bytes = Files.readAllBytes(kept);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(kept, bytes);
        edit(messages.resolve("2023.yaml"), "- Testa mera.", "- Testa ännu mera.");
        build(messages, out);
        Path clean = tmp.resolve("clean");
        build(messages, clean);

        assertThat(Trees.checksums(out.resolve("2023")))
                .isEqualTo(Trees.checksums(clean.resolve("2023")));
        // The rebuild kept its own outputs: the same file a build into an empty folder keeps.
        assertThat(Files.readAllBytes(kept))
                .isEqualTo(Files.readAllBytes(clean.resolve(".rendered-2023")));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file of the build left beside the kit")
                    .containsExactlyInAnyOrder("2023", ".rendered-2023");
        }
    }

    @Test
    void aVerboseRebuildSaysHowManyOutputsItRenderedAndHowManyItTook() throws IOException {
        Path messages = campaign();
        Path out = tmp.resolve("out");
        Cli.Run first = verbose(messages, out);
        assertThat(first.err()).contains("Rendered the outputs in ").doesNotContain("taken");

        edit(messages.resolve("2023.yaml"), "- Testa mera.", "- Testa ännu mera.");
        Cli.Run second = verbose(messages, out);

        Matcher said =
                Pattern.compile(
                                "Rendered the outputs in \\d+\\.\\d s \\((\\d+) rendered, (\\d+)"
                                        + " taken from the last build\\)\\.\n")
                        .matcher(second.err());
        assertThat(said.find()).as(second.err()).isTrue();
        int rendered = Integer.parseInt(said.group(1));
        int taken = Integer.parseInt(said.group(2));
        assertThat(rendered).as("what says the short message").isPositive();
        assertThat(taken).as("the release and what else does not say it").isPositive();
    }

    private static Cli.Run verbose(Path messages, Path out) {
        Cli.Run run =
                Cli.run(
                        "build",
                        "--verbose",
                        "--messages",
                        messages.toString(),
                        "--out",
                        out.toString());
        assertThat(run.status()).as(run.all()).isZero();
        return run;
    }

    @Test
    void aNewLogoRendersThePdfAgainThoughItsHtmlIsTheSame() throws IOException {
        Path messages = campaign();
        Path out = tmp.resolve("out");
        build(messages, out);
        Map<String, Stamp> before = stamps(out.resolve("2023"));

        writeLogo(messages.resolve("logo.png"), new Color(0x8a, 0x1c, 0x1c));
        build(messages, out);
        Path clean = tmp.resolve("clean");
        build(messages, clean);

        Map<String, Stamp> after = stamps(out.resolve("2023"));
        assertThat(after.get("national/release.html"))
                .isEqualTo(before.get("national/release.html"));
        assertThat(after.get(PDF).sha256()).isNotEqualTo(before.get(PDF).sha256());
        assertThat(Trees.checksums(out.resolve("2023")))
                .isEqualTo(Trees.checksums(clean.resolve("2023")));
    }

    @Test
    void aPdfChangedInPlaceSinceTheLastBuildIsRenderedAgain() throws IOException {
        Path messages = campaign();
        Path out = tmp.resolve("out");
        build(messages, out);
        Path pdf = out.resolve("2023").resolve(PDF);
        byte[] rendered = Files.readAllBytes(pdf);
        // Written into the file itself, as an editor saving over it may: the same inode.
        Files.write(pdf, "not the rendered release".getBytes(StandardCharsets.US_ASCII));

        edit(messages.resolve("2023.yaml"), "- Testa mera.", "- Testa ännu mera.");
        build(messages, out);

        assertThat(Files.readAllBytes(out.resolve("2023").resolve(PDF))).isEqualTo(rendered);
    }

    @Test
    void aRebuildTakesThePreviousPdfInsteadOfRenderingIt() throws IOException {
        Path messages = campaign();
        Path out = tmp.resolve("out");
        build(messages, out);
        // Bytes no renderer makes, marked as the previous build's PDF: only a PDF taken from the
        // previous kit, not rendered, can end in the rebuilt kit with them.
        Path pdf = out.resolve("2023").resolve(PDF);
        UserDefinedFileAttributeView view =
                Files.getFileAttributeView(pdf, UserDefinedFileAttributeView.class);
        ByteBuffer mark = ByteBuffer.allocate(view.size(MARK));
        view.read(MARK, mark);
        String key = new String(mark.array(), StandardCharsets.US_ASCII).replaceAll(" \\S+$", "");
        byte[] taken = "%PDF-1.7 taken, not rendered".getBytes(StandardCharsets.US_ASCII);
        Files.write(pdf, taken);
        view.write(
                MARK,
                StandardCharsets.US_ASCII.encode(
                        key + " " + HexFormat.of().formatHex(sha256(taken))));

        edit(messages.resolve("2023.yaml"), "- Testa mera.", "- Testa ännu mera.");
        build(messages, out);

        assertThat(Files.readAllBytes(out.resolve("2023").resolve(PDF))).isEqualTo(taken);
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

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** A 120 × 40 PNG of one colour, as a new version of the organisation's logo. */
    private static void writeLogo(Path file, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
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
