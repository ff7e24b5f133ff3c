package presskit.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.source.SourceFiles;
import presskit.write.WriteFailure;

/**
 * Starts a campaign's folder ({@code presskit init}): {@code organisation.yaml} and the year's file
 * as forms to fill in, every field present and commented in Swedish and English, each value to
 * write marked {@code "FYLL I: …"} ({@link presskit.model.FillIn}) so that {@code validate} lists
 * it; copies of the built-in schemas for editors; and a README of the next steps. A folder holding
 * a campaign is never written into, and the files appear all at once or not at all.
 */
public final class CampaignForms {

    /** The built-in schemas, copied for editors; presskit checks against its own. */
    private static final List<String> SCHEMAS =
            List.of("organisation", "year", "branch", "channels", "sweden");

    /** A campaign's own files: a folder with any of these holds a campaign already. */
    private static final Pattern CAMPAIGN_FILE =
            Pattern.compile(
                    "organisation\\.yaml|channels\\.yaml|sweden\\.yaml|branches|\\d{4}\\.yaml"
                            + "|\\d{4}\\.links\\.json");

    private CampaignForms() {}

    /** The files written: the folder and the year's form. */
    public record Written(Path folder, Path yearFile) {}

    /**
     * Writes the forms for {@code year} into {@code dir}, which may be absent, empty or hold only
     * files that are not a campaign's.
     *
     * @throws DiagnosticException when {@code dir} holds a campaign, or a file init would write
     * @throws WriteFailure when the files cannot be written
     */
    public static Written init(Path dir, int year) {
        Map<String, byte[]> files = files(dir, year);
        boolean exists = Files.isDirectory(dir);
        if (exists) {
            refuseCampaign(dir, files);
        } else if (Files.exists(dir)) {
            throw refused(dir, "is a file, not a folder; name a folder for the campaign");
        }
        Path absolute = dir.toAbsolutePath();
        Path stage =
                exists
                        ? absolute.resolve(".presskit-init-" + UUID.randomUUID())
                        : absolute.resolveSibling(
                                "." + absolute.getFileName() + ".init-" + UUID.randomUUID());
        try {
            Files.createDirectories(stage.getParent());
            write(stage, files);
            if (exists) {
                moveEach(stage, absolute, files);
            } else {
                // One rename, never over anything: the folder appears whole, or not at all.
                Files.move(stage, absolute);
            }
        } catch (FileAlreadyExistsException e) {
            throw refused(dir, "appeared while presskit init wrote it; nothing was written");
        } catch (IOException e) {
            throw new WriteFailure(dir, e);
        } finally {
            remove(stage);
        }
        return new Written(dir, dir.resolve(year + ".yaml"));
    }

    /** The forms, the schemas and the README, by path inside the folder. */
    private static Map<String, byte[]> files(Path dir, int year) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("organisation.yaml", resource("forms/organisation.yaml"));
        files.put(year + ".yaml", filled(resource("forms/year.yaml"), dir, year));
        files.put("README.md", filled(resource("forms/README.md"), dir, year));
        for (String schema : SCHEMAS) {
            String name = schema + ".schema.json";
            files.put("schemas/" + name, resource("schemas/" + name));
        }
        return files;
    }

    private static byte[] filled(byte[] form, Path dir, int year) {
        return new String(form, StandardCharsets.UTF_8)
                .replace("@YEAR@", String.valueOf(year))
                .replace("@NEXT@", String.valueOf(year + 1))
                .replace("@DIR@", SourceFiles.display(dir))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CampaignForms.class.getResourceAsStream("/presskit/" + name)) {
            if (in == null) {
                throw new IllegalStateException("presskit/" + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read presskit/" + name + " from the jar", e);
        }
    }

    /** Refuses a folder that holds a campaign, or a file of the same name as one init writes. */
    private static void refuseCampaign(Path dir, Map<String, byte[]> files) {
        List<String> campaign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> CAMPAIGN_FILE.matcher(name).matches())
                    .sorted()
                    .forEach(campaign::add);
        } catch (IOException e) {
            throw new WriteFailure(dir, e);
        }
        if (!campaign.isEmpty()) {
            throw refused(
                    dir,
                    "holds a campaign already ("
                            + String.join(", ", campaign)
                            + ") and is left as it is; name a new or empty folder, or start a"
                            + " year in this one with presskit new-year");
        }
        for (String name : List.of("README.md", "schemas")) {
            if (Files.exists(dir.resolve(name))) {
                throw refused(
                        dir,
                        "holds a "
                                + name
                                + " of its own, which presskit init would write; move it away or"
                                + " name another folder");
            }
        }
    }

    private static DiagnosticException refused(Path dir, String what) {
        return new DiagnosticException(
                Diagnostic.error(SourceFiles.display(dir), 0, 0, "", "the folder " + what));
    }

    private static void write(Path stage, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = stage.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    /**
     * Moves each top-level entry of {@code stage} into the existing {@code dir}, never over
     * anything; when one cannot be moved, those moved already go back, so the folder is as it was.
     */
    private static void moveEach(Path stage, Path dir, Map<String, byte[]> files)
            throws IOException {
        List<String> names = files.keySet().stream().map(n -> n.split("/")[0]).distinct().toList();
        List<String> moved = new ArrayList<>();
        try {
            for (String name : names) {
                Files.move(stage.resolve(name), dir.resolve(name));
                moved.add(name);
            }
        } catch (IOException e) {
            for (String name : moved) {
                remove(dir.resolve(name));
            }
            throw e;
        }
    }

    /** Removes {@code path} and what it holds, if it is there; a leftover is no failure. */
    private static void remove(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A hidden staging folder left behind harms nothing.
        }
    }
}
