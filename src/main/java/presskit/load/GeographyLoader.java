package presskit.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.Diagnostics;
import presskit.model.Branch;
import presskit.model.Municipality;
import presskit.model.Politician;
import presskit.model.Region;
import presskit.model.Sweden;
import presskit.source.BranchCheck;
import presskit.source.SourceFiles;
import presskit.source.SourceMap;

/**
 * Loads the regions and municipalities (built in, or {@code sweden.yaml} in the messages folder)
 * and {@code branches/<code>.yaml}, checking codes against each other and running the given check
 * on every branch (the build checks the handles there).
 */
final class GeographyLoader {

    static final String RESOURCE = "/presskit/geography/sweden.yaml";
    static final String COMPILED = "/presskit/geography/sweden.tsv";
    private static final String SCHEMA = "sweden.schema.json";

    private final DocumentSource documents;
    private final BranchCheck branchCheck;

    /** Reads and schema-checks one file, adding problems to the given collector. */
    interface DocumentSource {
        Optional<YamlReader.Document> read(Path file, String schema, Diagnostics problems);
    }

    GeographyLoader(DocumentSource documents, BranchCheck branchCheck) {
        this.documents = documents;
        this.branchCheck = branchCheck;
    }

    /**
     * The regions and municipalities: {@code file} when the messages folder has one (it replaces
     * the built-in list whole), else the built-in list.
     */
    Sweden sweden(Path file, Diagnostics problems) {
        if (!Files.exists(file)) {
            return BuiltIn.SWEDEN;
        }
        return documents
                .read(file, SCHEMA, problems)
                .map(doc -> bind(doc, problems))
                .orElse(Sweden.none());
    }

    /** The built-in geography, read once: SCB's list with the names municipalities use. */
    static Sweden builtIn() {
        return BuiltIn.SWEDEN;
    }

    private static Sweden bind(YamlReader.Document doc, Diagnostics problems) {
        Fields f = new Fields(doc.root(), "");
        List<Region> regions =
                f.list("regions", (r, i) -> new Region(r.text("code"), r.text("name")));
        List<Municipality> municipalities =
                f.list(
                        "municipalities",
                        (m, i) ->
                                new Municipality(
                                        m.text("code"),
                                        m.text("name"),
                                        m.text("region"),
                                        m.text("official_name")));
        check(regions, municipalities, doc.sources(), problems);
        return new Sweden(regions, municipalities);
    }

    /**
     * The geography in the jar, {@value #COMPILED}: SCB's list as {@value #RESOURCE} gives it, one
     * line a region ({@code R code name}) or a municipality ({@code M code name region official
     * name}), tab-separated, read without a YAML parser or a schema. {@code BuiltInGeographyTest}
     * makes both files from the reference list and loads the YAML as a user's {@code sweden.yaml}
     * is loaded, with its schema and its checks of codes, so a problem in either is caught when the
     * jar is built rather than at every start.
     */
    private static final class BuiltIn {
        static final Sweden SWEDEN = load();

        private static Sweden load() {
            List<Region> regions = new ArrayList<>();
            List<Municipality> municipalities = new ArrayList<>();
            try (InputStream in = GeographyLoader.class.getResourceAsStream(COMPILED)) {
                if (in == null) {
                    throw new IllegalStateException("the jar has no " + COMPILED);
                }
                for (String line :
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] cells = line.split("\t", -1);
                    if (cells[0].equals("R") && cells.length == 3) {
                        regions.add(new Region(cells[1], cells[2]));
                    } else if (cells[0].equals("M") && cells.length == 5) {
                        municipalities.add(
                                new Municipality(cells[1], cells[2], cells[3], cells[4]));
                    } else if (!line.startsWith("#")) {
                        throw new IllegalStateException(
                                "the built-in geography is broken at: " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Sweden(regions, municipalities);
        }
    }

    private static void check(
            List<Region> regions,
            List<Municipality> municipalities,
            SourceMap sources,
            Diagnostics problems) {
        Set<String> regionCodes = new HashSet<>();
        for (int i = 0; i < regions.size(); i++) {
            if (!regionCodes.add(regions.get(i).code())) {
                problems.add(
                        sources.error(
                                "regions[" + i + "].code",
                                "region code " + regions.get(i).code() + " is listed twice"));
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality m = municipalities.get(i);
            String path = "municipalities[" + i + "]";
            if (!codes.add(m.code())) {
                problems.add(
                        sources.error(
                                path + ".code",
                                "municipality code " + m.code() + " is listed twice"));
            }
            if (!regionCodes.contains(m.regionCode())) {
                problems.add(
                        sources.error(path + ".region", "no region with code " + m.regionCode()));
            } else if (!m.code().startsWith(m.regionCode())) {
                problems.add(
                        sources.error(
                                path + ".code",
                                "code "
                                        + m.code()
                                        + " does not start with its region's code "
                                        + m.regionCode()));
            }
        }
    }

    Map<String, Branch> branches(Path folder, Sweden sweden, Diagnostics problems) {
        Map<String, Branch> branches = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return branches;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(
                    Diagnostic.error(
                            SourceFiles.display(folder),
                            0,
                            0,
                            "",
                            "cannot list: " + e.getMessage()));
            return branches;
        }
        for (Path file : files) {
            documents
                    .read(file, "branch.schema.json", problems)
                    .map(doc -> branch(file, doc, sweden, problems))
                    .ifPresent(b -> branches.put(b.municipalityCode(), b));
        }
        return branches;
    }

    private Branch branch(Path file, YamlReader.Document doc, Sweden sweden, Diagnostics problems) {
        Fields f = new Fields(doc.root(), "");
        SourceMap sources = doc.sources();
        String code = f.text("municipality");
        String expectedName = code + ".yaml";
        if (sweden.municipality(code).isEmpty()) {
            problems.add(
                    sources.error(
                            "municipality",
                            "no municipality has the code "
                                    + code
                                    + "; use the municipality's four-digit SCB code, such as 0180 for Stockholm"));
        } else if (!file.getFileName().toString().equals(expectedName)) {
            problems.add(
                    sources.error(
                            "municipality",
                            "the file for municipality "
                                    + code
                                    + " must be named "
                                    + expectedName));
        }
        List<Politician> politicians =
                f.list(
                        "politicians",
                        (p, i) ->
                                new Politician(
                                        p.text("name"),
                                        p.text("role"),
                                        p.text("party"),
                                        p.textMap("handles")));
        Branch branch = new Branch(code, f.text("committee"), politicians, f.flag("example"));
        problems.addAll(branchCheck.check(branch, sources));
        return branch;
    }
}
