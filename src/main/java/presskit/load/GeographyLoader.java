package presskit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Loads {@code sweden.yaml} (regions and municipalities) and {@code branches/<code>.yaml}, checking
 * codes against each other and running the given check on every branch (the build checks the
 * handles there).
 */
final class GeographyLoader {

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

    Sweden sweden(Path file, Diagnostics problems) {
        if (!Files.exists(file)) {
            return Sweden.none();
        }
        return documents
                .read(file, "sweden.schema.json", problems)
                .map(
                        doc -> {
                            Fields f = new Fields(doc.root(), "");
                            List<Region> regions =
                                    f.list(
                                            "regions",
                                            (r, i) -> new Region(r.text("code"), r.text("name")));
                            List<Municipality> municipalities =
                                    f.list(
                                            "municipalities",
                                            (m, i) ->
                                                    new Municipality(
                                                            m.text("code"),
                                                            m.text("name"),
                                                            m.text("region")));
                            check(regions, municipalities, doc.sources(), problems);
                            return new Sweden(regions, municipalities);
                        })
                .orElse(Sweden.none());
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
                        at(
                                sources,
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
                        at(
                                sources,
                                path + ".code",
                                "municipality code " + m.code() + " is listed twice"));
            }
            if (!regionCodes.contains(m.regionCode())) {
                problems.add(
                        at(sources, path + ".region", "no region with code " + m.regionCode()));
            } else if (!m.code().startsWith(m.regionCode())) {
                problems.add(
                        at(
                                sources,
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
                    at(
                            sources,
                            "municipality",
                            "no municipality has the code "
                                    + code
                                    + "; use the four-digit SCB code listed in sweden.yaml"));
        } else if (!file.getFileName().toString().equals(expectedName)) {
            problems.add(
                    at(
                            sources,
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

    private static Diagnostic at(SourceMap sources, String path, String message) {
        SourceMap.Position p = sources.value(path);
        return Diagnostic.error(sources.file(), p.line(), p.column(), path, message);
    }
}
