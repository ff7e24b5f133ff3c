package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code presskit init}: a folder of forms that loads as written, whose every value to fill in
 * {@code validate} lists at its line until it is filled in, and never a folder written over.
 */
class InitCommandTest {

    /** 1 March 2025 in Sweden: the forms are for 2025. */
    private static final Clock MARCH_2025 =
            Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    /** A value of a form still to be filled in, with the key it stands under (if any). */
    private static final Pattern MARKED_VALUE =
            Pattern.compile("^(\\s*(?:- )?(?:([a-z_]+): )?)\"((?:https://)?#?FYLL[ -]I[^\"]*)\"");

    @TempDir Path tmp;

    @Test
    void writesTheFormsTheSchemasForEditorsAndTheNextSteps() throws IOException {
        Path fresh = tmp.resolve("fresh");

        Cli.Run run = init(fresh);

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out())
                .isEqualTo(
                        "Wrote a new campaign to "
                                + fresh
                                + ": write the real value in place of every \"FYLL I: …\" in"
                                + " organisation.yaml and 2025.yaml, then run presskit validate"
                                + " --messages "
                                + fresh
                                + ".\n");
        assertThat(names(fresh))
                .containsExactlyInAnyOrder(
                        "2025.yaml", "README.md", "organisation.yaml", "schemas");
        // Written beside and moved in: nothing of the staging is left.
        assertThat(names(tmp)).containsExactly("fresh");
        for (String file : List.of("organisation.yaml", "2025.yaml")) {
            String first = Files.readAllLines(fresh.resolve(file)).get(0);
            Matcher schema =
                    Pattern.compile("# yaml-language-server: \\$schema=(.*)").matcher(first);
            assertThat(schema.matches()).as(first).isTrue();
            // The line an editor follows leads to a copy of the schema presskit checks against.
            assertThat(fresh.resolve(schema.group(1)))
                    .hasSameTextualContentAs(
                            Path.of("src/main/resources/presskit/schemas")
                                    .resolve(Path.of(schema.group(1)).getFileName()));
        }
        assertThat(Files.readString(fresh.resolve("2025.yaml"))).contains("\nyear: 2025\n");
        assertThat(Files.readString(fresh.resolve("README.md")))
                .contains("presskit validate --messages " + fresh)
                .contains("presskit branch NAME --messages " + fresh)
                .contains("presskit build --messages " + fresh);
    }

    @Test
    void validateListsEveryValueStillToBeFilledInAtItsLine() throws IOException {
        Path fresh = tmp.resolve("fresh");
        assertThat(init(fresh).status()).isZero();

        Cli.Run run = Cli.run("validate", "--messages", fresh.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(1);
        List<String> expected = new ArrayList<>();
        for (String file : List.of("2025.yaml", "organisation.yaml")) {
            List<String> lines = Files.readAllLines(fresh.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (MARKED_VALUE.matcher(lines.get(i)).find()) {
                    expected.add(fresh.resolve(file) + ":" + (i + 1) + ":");
                }
            }
        }
        List<String> findings = run.out().lines().filter(l -> l.contains(": error: ")).toList();
        assertThat(expected).hasSizeGreaterThan(25);
        // One finding per value to fill in, at its line, and nothing else: a form loads cleanly.
        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i))
                    .startsWith(expected.get(i))
                    .contains("is still to be filled in");
        }
        assertThat(run.out())
                .contains(
                        fresh.resolve("2025.yaml")
                                + ":14:10: error: 'report.title': is still to be filled in:"
                                + " rapportens titel (the report's title)\n")
                .contains("error: 'links[0].url': is still to be filled in: rapportens webbadress")
                .contains("error: 'hashtags[0].tag': is still to be filled in:")
                .contains("error: 'contacts[0].email': is still to be filled in");
    }

    @Test
    void theFormsFilledInValidateCleanAndBuildEveryEdition() throws IOException {
        Path fresh = tmp.resolve("fresh");
        assertThat(init(fresh).status()).isZero();
        for (String file : List.of("2025.yaml", "organisation.yaml")) {
            Path path = fresh.resolve(file);
            Files.writeString(path, filledIn(Files.readString(path)));
        }

        Cli.Run validate = Cli.run("validate", "--messages", fresh.toString());
        Cli.Run build = Cli.build(fresh, tmp.resolve("out"));

        assertThat(validate.status()).as(validate.all()).isZero();
        assertThat(validate.all()).doesNotContain("error").doesNotContain("warning");
        assertThat(build.status()).as(build.all()).isZero();
        Path kit = tmp.resolve("out/2025");
        assertThat(kit.resolve("national/release.html")).exists();
        assertThat(names(kit.resolve("regions"))).hasSize(21);
        assertThat(names(kit.resolve("municipalities"))).hasSize(290);
        Set<String> variants = new HashSet<>();
        Matcher m =
                Pattern.compile("\"variant\"\\s*:\\s*\"([^\"]+)\"")
                        .matcher(Files.readString(kit.resolve("manifest.json")));
        while (m.find()) {
            variants.add(m.group(1));
        }
        assertThat(variants).hasSize(1 + 21 + 290).contains("national", "18", "2584");
    }

    @Test
    void theFormsOptionalExamplesLoadWhenTakenIn() throws IOException {
        Path fresh = tmp.resolve("fresh");
        assertThat(init(fresh).status()).isZero();
        for (String file : List.of("2025.yaml", "organisation.yaml")) {
            Path path = fresh.resolve(file);
            Files.writeString(path, filledIn(uncommented(Files.readString(path))));
        }
        // The form's example logo path, with the tests' invented logo in it.
        Files.createDirectories(fresh.resolve("logo"));
        Files.copy(
                Path.of("src/test/resources/logo/exempel-logo.png"),
                fresh.resolve("logo/logotyp.png"));
        // The forms' example press images, again the invented logo.
        Files.createDirectories(fresh.resolve("bilder"));
        for (String image : List.of("pressbild.png", "omslag-2025.png")) {
            Files.copy(
                    Path.of("src/test/resources/logo/exempel-logo.png"),
                    fresh.resolve("bilder").resolve(image));
        }

        Cli.Run validate = Cli.run("validate", "--messages", fresh.toString());

        assertThat(validate.status()).as(validate.all()).isZero();
        assertThat(validate.all()).doesNotContain("error").doesNotContain("warning");
        String year = Files.readString(fresh.resolve("2025.yaml"));
        assertThat(year).contains("\nplan:\n", "\ntracking:\n", "    said: ");
        assertThat(Files.readString(fresh.resolve("organisation.yaml")))
                .contains(
                        "\naccounts:\n",
                        "  mastodon: ",
                        "\nlogo: logo/logotyp.png\n",
                        "\nimages:\n  - file: bilder/pressbild.png\n");
        assertThat(year).contains("\nimages:\n  - file: bilder/omslag-2025.png\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"organisation.yaml", "2024.yaml", "channels.yaml", "branches"})
    void aFolderWithCampaignFilesIsRefusedAndLeftAsItIs(String campaignFile) throws IOException {
        Path folder = tmp.resolve("campaign");
        Files.createDirectories(folder);
        if (campaignFile.equals("branches")) {
            Files.createDirectories(folder.resolve("branches"));
        } else {
            Files.writeString(folder.resolve(campaignFile), "# the campaign's own\n");
        }
        Files.writeString(folder.resolve("notes.txt"), "notes\n");
        Map<String, String> before = Trees.snapshot(folder);

        Cli.Run run = init(folder);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        folder
                                + ": error: the folder holds a campaign already ("
                                + campaignFile
                                + ") and is left as it is; name a new or empty folder, or start a"
                                + " year in this one with presskit new-year\n"
                                + "presskit: stopped with 1 error, 0 warnings; nothing was"
                                + " written.\n");
        assertThat(names(folder)).containsExactlyInAnyOrder(campaignFile, "notes.txt");
        assertThat(Trees.snapshot(folder)).isEqualTo(before);
    }

    @Test
    void aFolderWithOtherFilesGetsTheFormsBesideThem() throws IOException {
        Path folder = tmp.resolve("campaign");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "notes\n");

        Cli.Run run = init(folder);

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(names(folder))
                .containsExactlyInAnyOrder(
                        "notes.txt", "2025.yaml", "README.md", "organisation.yaml", "schemas");
        assertThat(names(tmp)).containsExactly("campaign");
    }

    private static Cli.Run init(Path dir) {
        return new Cli().clock(MARCH_2025).execute("init", dir.toString());
    }

    /**
     * The form with every marked value replaced by text invented for this test that fits its field:
     * an address where one is due, a hashtag, an e-mail address, otherwise plain words.
     */
    private static String filledIn(String form) {
        List<String> lines = new ArrayList<>();
        for (String line : form.split("\n", -1)) {
            Matcher m = MARKED_VALUE.matcher(line);
            lines.add(
                    m.find()
                            ? m.group(1)
                                    + "\""
                                    + invented(m.group(2))
                                    + "\""
                                    + line.substring(m.end())
                            : line);
        }
        return String.join("\n", lines);
    }

    /**
     * The form with its optional example lines taken in: a comment holding a key ({@code # plan:})
     * or an indented continuation ({@code # - at: …}) loses its {@code # }; prose comments stay,
     * among them the one explaining {@code unit:}.
     */
    private static String uncommented(String form) {
        return form.replaceAll("(?m)^(\\s*)# ((?!unit:)[a-z_]+:.*|\\s+.*)$", "$1$2");
    }

    private static String invented(String key) {
        if (key == null) {
            return "Påhittad text till kampanjen.";
        }
        return switch (key) {
            case "url" -> "https://skolfacket.se/skolrapporten-2025";
            case "website" -> "https://skolfacket.se/";
            case "press_room" -> "https://skolfacket.se/press";
            case "email" -> "press@skolfacket.se";
            case "tag" -> "#Skolrapporten";
            case "local_units" -> "avdelningarna";
            case "committee" -> "Barn- och utbildningsnämnden";
            case "question" -> "Hur ska ni minska lärarnas arbetsbörda?";
            default -> "Påhittad " + key.replace('_', ' ');
        };
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
