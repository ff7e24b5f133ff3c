package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --municipality} and {@code --region} update their editions in the kit already
 * written, with or without a publishing plan: every other file stays byte for byte as it was.
 */
class PartialBuildTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Test fixture: an invented plan for the shipped year, naming national posts only. */
    private static final String PLAN =
            """

            plan:
              - {at: "2023-09-18T08:00:00+02:00", channel: x, post: key-1}
              - {at: "2023-09-18T09:00:00+02:00", channel: mastodon, post: short-1}
            """;

    @TempDir static Path shared;

    /** The shipped campaign with {@link #PLAN}, and the whole year built from it, once. */
    private static Path planned;

    private static Path fullKit;

    /** The whole year's files and manifest, as its build wrote them. */
    private static Map<String, String> fullFiles;

    private static JsonNode fullManifest;

    @TempDir Path tmp;

    @BeforeAll
    static void buildTheWholeYearWithAPlan() throws IOException {
        planned = shippedMessages(shared.resolve("messages"));
        Files.writeString(planned.resolve("2023.yaml"), PLAN, StandardOpenOption.APPEND);
        Path out = shared.resolve("full");
        Cli.Run run =
                Cli.run(
                        "build",
                        "--no-pdf",
                        "--messages",
                        planned.toString(),
                        "--out",
                        out.toString());
        assertThat(run.status()).as(run.all()).isZero();
        fullKit = out.resolve("2023");
        assertThat(fullKit.resolve("schedule/hootsuite-x.csv")).isRegularFile();
        fullFiles = Trees.checksums(fullKit);
        fullManifest = manifest(fullKit);
    }

    @Test
    void withAPlanAMunicipalityByNameUpdatesOnlyItsFilesAndManifestEntries() throws IOException {
        Path messages = copy(planned, tmp.resolve("messages"));
        Path out = tmp.resolve("out");
        Path year = linkedCopyOfTheFullKit(out);
        // Test fixture: an invented politician with an invented handle.
        Files.writeString(
                messages.resolve("branches/2584.yaml"),
                """
                municipality: "2584"
                committee: Socialnämnden
                politicians:
                  - {name: Testa Testsson, role: ordförande, party: S, handles: {x: "@kiruna_ordf"}}
                """);
        Path local = year.resolve("municipalities/2584-kiruna/x/local.txt");
        Path held = tmp.resolve("held.txt");
        Files.createLink(held, local);
        String old = Files.readString(held);
        Map<String, String> before = Trees.checksums(year);

        Cli.Run run = build(messages, out, "--municipality", "Kiruna");

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out()).contains("Only the editions asked for were built");
        assertThat(changed(before, Trees.checksums(year)))
                .isNotEmpty()
                .allMatch(p -> p.equals("manifest.json") || p.startsWith("municipalities/2584-"));
        assertThat(Files.readString(local)).contains("@kiruna_ordf");
        assertThat(Files.readString(held))
                .as("the previous kit's file, held by a link")
                .isEqualTo(old);
        assertThat(entriesOutside(manifest(year), Set.of("2584")))
                .isEqualTo(entriesOutside(fullManifest, Set.of("2584")));
        assertThat(entryPaths(year, v -> v.equals("2584")))
                .contains("municipalities/2584-kiruna/x/local.txt");
        assertEveryListedFileIsThereAndNoOther(year);
    }

    @Test
    void withAPlanARegionUpdatesOnlyItsAndItsMunicipalitiesFiles() throws IOException {
        Path messages = copy(planned, tmp.resolve("messages"));
        Path out = tmp.resolve("out");
        Path year = linkedCopyOfTheFullKit(out);
        Path branch = messages.resolve("branches/1880.yaml");
        Files.writeString(
                branch,
                Files.readString(branch)
                        .replace(
                                "committee: Socialnämnden",
                                "committee: Individ- och familjenämnden"));
        Map<String, String> before = Trees.checksums(year);

        Cli.Run run = build(messages, out, "--region", "18");

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(changed(before, Trees.checksums(year)))
                .isNotEmpty()
                .allMatch(
                        p ->
                                p.equals("manifest.json")
                                        || p.startsWith("regions/18-")
                                        || p.startsWith("municipalities/18"));
        assertThat(Files.readString(year.resolve("municipalities/1880-orebro/x/local.txt")))
                .contains("Individ- och familjenämnden");
        Set<String> region = codesOf(year, v -> v.equals("18") || v.startsWith("18"));
        assertThat(region).hasSize(1 + 12);
        assertThat(entriesOutside(manifest(year), region))
                .isEqualTo(entriesOutside(fullManifest, region));
        assertEveryListedFileIsThereAndNoOther(year);
    }

    @Test
    void aPartialBuildOfUnchangedInputChangesNoByteOfTheKit() throws IOException {
        Path out = tmp.resolve("out");
        Path year = linkedCopyOfTheFullKit(out);

        Cli.Run region = build(planned, out, "--region", "18");
        Cli.Run municipality = build(planned, out, "--municipality", "2584");

        assertThat(region.status()).as(region.all()).isZero();
        assertThat(municipality.status()).as(municipality.all()).isZero();
        assertThat(Trees.checksums(year)).isEqualTo(fullFiles);
    }

    @Test
    void withoutAPlanAMunicipalityIsAddedToTheKitInsteadOfReplacingIt() throws IOException {
        Path messages = shippedMessages(tmp.resolve("messages"));
        Path out = tmp.resolve("out");
        Cli.Run national = build(messages, out, "--only", "national");
        assertThat(national.status()).as(national.all()).isZero();
        Map<String, String> before = Trees.checksums(out.resolve("2023"));

        Cli.Run run = build(messages, out, "--municipality", "malung-salen");

        assertThat(run.status()).as(run.all()).isZero();
        Path year = out.resolve("2023");
        Map<String, String> after = Trees.checksums(year);
        assertThat(changed(before, after))
                .allMatch(p -> p.equals("manifest.json") || p.startsWith("municipalities/2023-"));
        assertThat(after).containsKeys("index.html", "presskit-2023-press.zip");
        assertThat(year.resolve("municipalities/2023-malung-salen/x/local.txt")).isRegularFile();
        assertThat(codesOf(year, v -> true)).containsExactlyInAnyOrder("national", "2023");
        assertEveryListedFileIsThereAndNoOther(year);
    }

    @Test
    void withNoKitYetThePartIsTheWholeKitWithItsOwnPageAndZips() throws IOException {
        Path out = tmp.resolve("out");

        Cli.Run run = build(planned, out, "--municipality", "kiruna");

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out()).doesNotContain("Only the editions asked for");
        Path year = out.resolve("2023");
        assertThat(codesOf(year, v -> true)).containsExactly("2584");
        assertThat(year.resolve("index.html")).isRegularFile();
        assertThat(year.resolve("presskit-2023-region-25.zip")).isRegularFile();
        assertThat(year.resolve("schedule")).doesNotExist();
        assertEveryListedFileIsThereAndNoOther(year);
    }

    @Test
    void theFilesAnEditionNoLongerHasGoWithItsManifestEntries() throws IOException {
        Path messages = copy(planned, tmp.resolve("messages"));
        Path out = tmp.resolve("out");
        Path year = linkedCopyOfTheFullKit(out);
        // Test fixture: invented politicians, too many to tag in one X post.
        StringBuilder many =
                new StringBuilder(
                        "municipality: \"1880\"\ncommittee: Socialnämnden\npoliticians:\n");
        for (int i = 1; i <= 13; i++) {
            many.append("  - {name: Ledamot ")
                    .append(i)
                    .append(", role: ledamot, handles: {x: \"@ledamot_nr_")
                    .append(i)
                    .append("\"}}\n");
        }
        Path branch = messages.resolve("branches/1880.yaml");
        Files.writeString(branch, many.toString());
        assertThat(build(messages, out, "--municipality", "1880").status()).isZero();
        List<String> thread = entryPaths(year, v -> v.equals("1880"));
        assertThat(thread).contains("municipalities/1880-orebro/x/local-2.txt");

        Files.writeString(
                branch,
                "municipality: \"1880\"\ncommittee: Socialnämnden\npoliticians:\n"
                        + "  - {name: Ledamot 1, role: ordförande, handles: {x: \"@ledamot_nr_1\"}}\n");
        Cli.Run run = build(messages, out, "--municipality", "1880");

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(entryPaths(year, v -> v.equals("1880")))
                .doesNotContain("municipalities/1880-orebro/x/local-2.txt");
        assertThat(year.resolve("municipalities/1880-orebro/x/local-2.txt")).doesNotExist();
        assertEveryListedFileIsThereAndNoOther(year);
    }

    @Test
    void validateTakesTheSameSelectionWithAPlan() {
        Cli.Run run =
                Cli.run("validate", "--messages", planned.toString(), "--municipality", "KIRUNA");

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out()).contains("No findings.");
    }

    @Test
    void anUnknownMunicipalityIsAUsageErrorWithTheNearestNameAndWritesNothing() throws IOException {
        Path out = tmp.resolve("out");
        Path year = linkedCopyOfTheFullKit(out);
        Map<String, String> before = Trees.checksums(year);

        Cli.Run build = build(planned, out, "--municipality", "kirna");
        Cli.Run validate =
                Cli.run("validate", "--messages", planned.toString(), "--municipality", "kirna");

        for (Cli.Run run : List.of(build, validate)) {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err())
                    .contains(
                            "error: '--municipality': no municipality is called 'kirna'; did you"
                                    + " mean Kiruna (2584)?");
        }
        assertThat(Trees.checksums(year)).isEqualTo(before);
    }

    @Test
    void aKitWhoseManifestIsNotPresskitsIsLeftAloneAndTheMessageSaysWhatToDo() throws IOException {
        Path out = tmp.resolve("out");
        Path year = linkedCopyOfTheFullKit(out);
        Files.delete(
                year.resolve("manifest.json")); // a link to the full kit's: never write into it
        Files.writeString(year.resolve("manifest.json"), "{\"year\": 2023, \"outputs\": [\n");
        Map<String, String> before = Trees.checksums(year);

        Cli.Run run = build(planned, out, "--municipality", "2584");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(year.resolve("manifest.json") + ":2:")
                .contains("it is not JSON; build the whole year once (without --region and");
        assertThat(Trees.checksums(year)).isEqualTo(before);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("2023");
        }
    }

    private static Cli.Run build(Path messages, Path out, String... selection) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "build",
                                "--no-pdf",
                                "--messages",
                                messages.toString(),
                                "--out",
                                out.toString()));
        args.addAll(List.of(selection));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The paths whose content differs, or which only one side has. */
    private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        all.removeIf(p -> before.containsKey(p) && before.get(p).equals(after.get(p)));
        return all;
    }

    /** The manifest's entries of every variant but {@code codes}, as written. */
    private static List<JsonNode> entriesOutside(JsonNode manifest, Set<String> codes) {
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode o : manifest.get("outputs")) {
            if (!codes.contains(o.get("variant").asText())) {
                kept.add(o);
            }
        }
        return kept;
    }

    private static Set<String> codesOf(Path year, Predicate<String> code) throws IOException {
        Set<String> codes = new TreeSet<>();
        for (JsonNode o : manifest(year).get("outputs")) {
            if (code.test(o.get("variant").asText())) {
                codes.add(o.get("variant").asText());
            }
        }
        return codes;
    }

    /** Every file the manifest lists for the variants {@code code} accepts, thread parts too. */
    private static List<String> entryPaths(Path year, Predicate<String> code) throws IOException {
        List<String> paths = new ArrayList<>();
        for (JsonNode o : manifest(year).get("outputs")) {
            if (code.test(o.get("variant").asText())) {
                paths.add(o.get("path").asText());
                o.path("parts").forEach(p -> paths.add(p.get("path").asText()));
            }
        }
        return paths;
    }

    /** The editions' folders hold exactly the files the manifest lists. */
    private static void assertEveryListedFileIsThereAndNoOther(Path year) throws IOException {
        Set<String> listed = new TreeSet<>(entryPaths(year, v -> true));
        Set<String> present = new TreeSet<>();
        for (String folder : List.of("national", "regions", "municipalities")) {
            Trees.checksums(year.resolve(folder))
                    .keySet()
                    .forEach(p -> present.add(folder + "/" + p));
        }
        listed.removeIf(
                p ->
                        !p.startsWith("national/")
                                && !p.startsWith("regions/")
                                && !p.startsWith("municipalities/"));
        assertThat(present).isEqualTo(listed);
    }

    private static JsonNode manifest(Path year) throws IOException {
        return JSON.readTree(year.resolve("manifest.json").toFile());
    }

    /**
     * {@code out/2023} as hard links to the full kit's files: a copy would cost seconds. A build
     * never writes into a file of the previous kit (the first test holds a link to check it), and
     * every comparison is with the checksums taken right after the full build.
     */
    private static Path linkedCopyOfTheFullKit(Path out) throws IOException {
        Path year = out.resolve("2023");
        try (Stream<Path> files = Files.walk(fullKit)) {
            for (Path file : files.toList()) {
                Path target = year.resolve(fullKit.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createLink(target, file);
                }
            }
        }
        assertThat(Trees.checksums(year)).isEqualTo(fullFiles);
        return year;
    }

    private static Path shippedMessages(Path messages) throws IOException {
        return copy(Path.of("messages"), messages);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
