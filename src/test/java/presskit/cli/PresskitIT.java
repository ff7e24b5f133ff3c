package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar and the launcher, run as separate processes the way users run them. */
class PresskitIT {

    private static final Path JAR =
            Path.of(System.getProperty("presskit.jar", "target/presskit.jar"));

    @TempDir Path tmp;

    record Process(int status, String out, String err) {}

    private static Process run(Path dir, List<String> command)
            throws IOException, InterruptedException {
        return run(dir, command, "");
    }

    /** Runs the command with the launcher's PRESSKIT_JAVA_OPTS set to the given JVM options. */
    private static Process run(Path dir, List<String> command, String javaOptions)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("presskit-out", ".txt");
        Path err = Files.createTempFile("presskit-err", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        builder.environment().put("PRESSKIT_JAVA_OPTS", javaOptions);
        java.lang.Process p = builder.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Process(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> java(String... args) {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theJarIsSelfContainedAndBuildsTheKitWithItsBuiltInTemplates() throws Exception {
        copy(Path.of("messages"), tmp.resolve("messages"));

        // The national edition shows the jar carries its templates, schemas and fonts; the whole
        // year is built in-process by the unit tests, through the same Main.
        Process build = run(tmp, java("build", "--only", "national"));

        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.err()).isEmpty();
        assertThat(tmp.resolve("out/2023/manifest.json")).isRegularFile();
        assertThat(
                        Files.readString(
                                tmp.resolve("out/2023/national/release.txt"),
                                StandardCharsets.UTF_8))
                .contains(
                        "Socialchefsrapporten 2023: Man får det man betalar för",
                        "207\u00A0000 medlemmar");
    }

    @Test
    void versionAndHelpComeFromTheJar() throws Exception {
        Process version = run(tmp, java("--version"));
        assertThat(version.out().strip()).matches("presskit \\d+\\.\\d+\\.\\d+");

        for (String command : List.of("build", "validate", "count", "links", "export", "publish")) {
            Process help = run(tmp, java(command, "--help"));
            assertThat(help.status()).isZero();
            assertThat(help.out()).startsWith("Usage: presskit " + command).contains("--help");
        }
    }

    @Test
    void aFreshCheckoutBuildsTheJarOnFirstUseAndWritesTheKit() throws Exception {
        for (String part :
                List.of(
                        "pom.xml",
                        "presskit",
                        "src/main",
                        "templates",
                        "messages",
                        "src/test/resources/fixtures/minimal")) {
            copy(Path.of(part), tmp.resolve(part));
        }
        tmp.resolve("presskit").toFile().setExecutable(true);

        // The first command a person runs is often --help: it builds the jar and the class-data
        // archive, which is trained on a small build, not on --help alone.
        Process first = run(tmp, List.of("./presskit", "--help"));

        assertThat(first.status()).as(first.out() + first.err()).isZero();
        // The first run says why it takes minutes, and Maven's colour resets stay out of it.
        assertThat(first.err())
                .contains("first run: downloading", "may take a few minutes")
                .doesNotContain("\u001B");
        assertThat(first.out()).startsWith("Usage: presskit");

        // The national edition, to keep the test short (the whole year: see above); the JVM lists
        // where each class came from: loading, rendering and the PDF from the archive.
        Path classes = tmp.resolve("classes.log");
        Process build =
                run(
                        tmp,
                        List.of("./presskit", "build", "--only", "national"),
                        "-Xlog:class+load:file=" + classes);

        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("building the jar", "training");
        assertThat(build.out()).contains("Wrote out/2023");
        assertThat(tmp.resolve("out/2023/national/x/short-1.txt")).isRegularFile();
        assertThat(Files.readAllLines(classes))
                .anyMatch(
                        line ->
                                line.endsWith(
                                        " presskit.build.KitBuild source: shared objects file"))
                .anyMatch(
                        line ->
                                line.endsWith(
                                        " org.yaml.snakeyaml.Yaml source: shared objects file"))
                .anyMatch(
                        line ->
                                line.endsWith(
                                        " freemarker.template.Configuration source: shared objects"
                                                + " file"))
                .anyMatch(
                        line ->
                                line.endsWith(
                                        " com.openhtmltopdf.pdfboxout.PdfRendererBuilder source:"
                                                + " shared objects file"));

        // The help and a count are answered before picocli is set up, from the archive alone: no
        // class is read from the jar, and none of picocli, twitter-text or Jackson is loaded.
        for (List<String> quick :
                List.of(
                        List.of("./presskit", "--help"),
                        List.of(
                                "./presskit",
                                "count",
                                "Elevhälsan behöver fler kuratorer #skola"))) {
            Path loaded = tmp.resolve("quick.log");
            Process answer = run(tmp, quick, "-Xlog:class+load:file=" + loaded);
            assertThat(answer.status()).as(answer.err()).isZero();
            assertThat(Files.readAllLines(loaded))
                    .anyMatch(
                            line ->
                                    line.endsWith(
                                            " presskit.cli.QuickCommands source: shared objects"
                                                    + " file"))
                    .noneMatch(line -> line.contains(" source: file:"))
                    .noneMatch(
                            line ->
                                    line.matches(
                                            ".* (picocli|com\\.twitter|com\\.fasterxml)\\..*"));
        }

        Process second = run(tmp, List.of("./presskit", "--version"));
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("presskit ");
        assertThat(second.err()).doesNotContain("building the jar", "training");
    }

    @Test
    void underTheLauncherATemplateAskingForGigabytesFailsAtOnceOnItsLine() throws Exception {
        // The launcher bounds the heap, so the width is refused as it is asked for; without the
        // bound the JVM fills gigabytes first and the output's size limit stops it a minute later.
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("x"));
        Files.writeString(templates.resolve("x/short.txt.ftl"), "${\"x\"?left_pad(2000000000)}\n");

        Process build =
                run(
                        Path.of("").toAbsolutePath(),
                        List.of(
                                "./presskit",
                                "build",
                                "--only",
                                "national",
                                "--no-pdf",
                                "--templates",
                                templates.toString(),
                                "--out",
                                tmp.resolve("out").toString()));

        assertThat(build.status()).as(build.err()).isEqualTo(2);
        assertThat(build.err())
                .isEqualTo(
                        templates.resolve("x/short.txt.ftl")
                                + ":1:1: error: rendering ran out of memory here: a value grown far"
                                + " too large, such as ?left_pad or ?right_pad with a huge width, or"
                                + " text doubled in a loop\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was written.\n");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
