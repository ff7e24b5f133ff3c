package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outputs compared byte for byte with the approved files under {@code src/test/resources/golden/}:
 * four edition folders of the shipped 2023 kit ({@code golden/2023/}), the year-root files of an
 * {@code --only national} build ({@code golden/national-only/2023/}) and the schedule files of the
 * fixture campaign with a publishing plan ({@code golden/plan/2023/schedule/}), and the invented
 * other organisation's kit ({@code golden/other-organisation/2025/}): its national edition, a
 * region with two figures of its own (Norrbotten) and one with one (Västra Götaland, whose "Siffror
 * i korthet" has national figures left), a region without (Uppsala) and three municipalities (a
 * branch in a region without figures, one in a region with, and one without a branch). To approve a
 * deliberate change: {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true}, then read every
 * changed file as its Swedish reader would before committing.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path PLAN_FIXTURE = Path.of("src/test/resources/fixtures/plan");
    private static final Path OTHER_FIXTURE =
            Path.of("src/test/resources/fixtures/other-organisation");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /**
     * Approved outputs of one build: {@code paths} (folders or single files, below the build's
     * {@code --out}) are kept under {@code golden/<prefix>/}.
     */
    private record Approved(String prefix, List<String> paths) {

        Path golden(String path) {
            return GOLDEN.resolve(prefix).resolve(path);
        }
    }

    /** The shared full build, an {@code --only national} build and the plan fixture's build. */
    private static final List<Approved> APPROVED =
            List.of(
                    new Approved(
                            "",
                            List.of(
                                    "2023/national",
                                    "2023/regions/18-orebro-lan",
                                    "2023/municipalities/1880-orebro",
                                    "2023/municipalities/0114-upplands-vasby")),
                    new Approved(
                            "national-only", List.of("2023/manifest.json", "2023/contacts.vcf")),
                    new Approved("plan", List.of("2023/schedule")),
                    new Approved(
                            "other-organisation",
                            List.of(
                                    "2025/national",
                                    "2025/regions/25-norrbottens-lan",
                                    "2025/regions/14-vastra-gotalands-lan",
                                    "2025/regions/03-uppsala-lan",
                                    "2025/municipalities/0380-uppsala",
                                    "2025/municipalities/1480-goteborg",
                                    "2025/municipalities/2580-lulea")));

    @TempDir static Path tmp;

    /** Each build's --out, by the prefix of its approved files. */
    private static final Map<String, Path> OUT = new TreeMap<>();

    @BeforeAll
    static void build() throws IOException {
        OUT.put("", SharedKit.build().out());
        Path nationalOnly = tmp.resolve("national-only");
        Cli.Run national = Cli.run("build", "--only", "national", "--out", nationalOnly.toString());
        assertThat(national.status()).as(national.all()).isZero();
        OUT.put("national-only", nationalOnly);
        Path plan = tmp.resolve("plan");
        Cli.Run planned =
                Cli.run(
                        "build",
                        "--messages",
                        PLAN_FIXTURE.toString(),
                        "--no-pdf",
                        "--out",
                        plan.toString());
        assertThat(planned.status()).as(planned.all()).isZero();
        OUT.put("plan", plan);
        Path other = tmp.resolve("other-organisation");
        Cli.Run otherRun = Cli.build(OTHER_FIXTURE, other);
        assertThat(otherRun.status()).as(otherRun.all()).isZero();
        OUT.put("other-organisation", other);
        if (UPDATE) {
            for (Approved a : APPROVED) {
                for (String path : a.paths()) {
                    Path target = a.golden(path);
                    deleteTree(target);
                    Map<String, String> produced = files(OUT.get(a.prefix()).resolve(path));
                    for (Map.Entry<String, String> e : produced.entrySet()) {
                        Path file = e.getKey().isEmpty() ? target : target.resolve(e.getKey());
                        Files.createDirectories(file.getParent());
                        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
    }

    /** Every approved file, as "prefix|path below the build's --out". */
    static Stream<String> goldenFiles() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Approved a : APPROVED) {
            for (String path : a.paths()) {
                for (String f : files(a.golden(path)).keySet()) {
                    names.add(a.prefix() + "|" + (f.isEmpty() ? path : path + "/" + f));
                }
            }
        }
        assertThat(names).as("golden files exist").isNotEmpty();
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void outputMatchesTheApprovedFile(String name) throws IOException {
        String prefix = name.substring(0, name.indexOf('|'));
        String path = name.substring(name.indexOf('|') + 1);
        Path produced = OUT.get(prefix).resolve(path);
        assertThat(produced).as("golden file without output (orphan): " + name).exists();
        Path approved = GOLDEN.resolve(prefix).resolve(path);
        assertThat(Files.readString(produced, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(approved, StandardCharsets.UTF_8));
    }

    @Test
    void everyOutputHasAnApprovedFile() throws IOException {
        for (Approved a : APPROVED) {
            for (String path : a.paths()) {
                Path produced = OUT.get(a.prefix()).resolve(path);
                assertThat(files(a.golden(path)).keySet())
                        .as(
                                "outputs without a golden file in "
                                        + path
                                        + "; approve them with -Dgolden.update=true")
                        .containsExactlyInAnyOrderElementsOf(files(produced).keySet());
            }
        }
    }

    /**
     * The text files at {@code root} by path below it: a folder's files, or a single file under the
     * key "". PDFs are binary and checked by their text instead (ExportsTest).
     */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isRegularFile(root)) {
            files.put("", Files.readString(root, StandardCharsets.UTF_8));
            return files;
        }
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> text =
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.toString().endsWith(".pdf"))
                            .toList();
            for (Path f : text) {
                files.put(
                        root.relativize(f).toString().replace('\\', '/'),
                        Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
