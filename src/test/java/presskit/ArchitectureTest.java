package presskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture that {@code docs/architecture.md} draws: package arrows point inward, only
 * each adapter package imports its third-party library, and the model imports nothing but the JDK.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/presskit");

    /**
     * Package → the presskit packages it may use. Inner packages come first; a package may use only
     * packages above it, never the application layer ({@code build}) or the commands ({@code cli}).
     */
    private static final Map<String, Set<String>> MAY_USE =
            Map.ofEntries(
                    Map.entry("model", Set.of()),
                    Map.entry("diagnostic", Set.of()),
                    Map.entry("source", Set.of("model", "diagnostic")),
                    Map.entry("channel", Set.of("model", "diagnostic")),
                    Map.entry("variant", Set.of("model")),
                    Map.entry("load", Set.of("model", "diagnostic", "source")),
                    Map.entry("render", Set.of("model", "diagnostic", "source")),
                    Map.entry("render.pdf", Set.of()),
                    Map.entry("kit", Set.of("model", "diagnostic", "channel", "variant")),
                    Map.entry(
                            "plan",
                            Set.of(
                                    "model",
                                    "diagnostic",
                                    "source",
                                    "channel",
                                    "variant",
                                    "render",
                                    "kit")),
                    Map.entry(
                            "validate",
                            Set.of("model", "diagnostic", "source", "channel", "variant", "kit")),
                    Map.entry(
                            "validate.links",
                            Set.of("model", "diagnostic", "source", "channel", "kit")),
                    // iCalendar folds its lines as vCard does, with export's ContentLines.
                    Map.entry(
                            "schedule",
                            Set.of("model", "diagnostic", "channel", "variant", "kit", "export")),
                    Map.entry(
                            "export",
                            Set.of(
                                    "model",
                                    "diagnostic",
                                    "channel",
                                    "variant",
                                    "render",
                                    "render.pdf",
                                    "kit")),
                    Map.entry("write", Set.of("model", "diagnostic", "kit")),
                    Map.entry("publish", Set.of("model", "diagnostic")),
                    Map.entry("publish.x", Set.of("model", "diagnostic", "publish")),
                    Map.entry("publish.mastodon", Set.of("model", "diagnostic", "publish")),
                    // Bluesky's record text and facets are the channel's, the one place they are
                    // made.
                    Map.entry(
                            "publish.bluesky", Set.of("model", "diagnostic", "publish", "channel")),
                    Map.entry(
                            "build",
                            Set.of(
                                    "model",
                                    "diagnostic",
                                    "source",
                                    "channel",
                                    "variant",
                                    "load",
                                    "render",
                                    "render.pdf",
                                    "kit",
                                    "plan",
                                    "validate",
                                    "validate.links",
                                    "schedule",
                                    "export",
                                    "write")),
                    Map.entry(
                            "cli",
                            Set.of(
                                    "model",
                                    "diagnostic",
                                    "source",
                                    "channel",
                                    "variant",
                                    "load",
                                    "render",
                                    "kit",
                                    "plan",
                                    "validate",
                                    "validate.links",
                                    "schedule",
                                    "export",
                                    "write",
                                    "publish",
                                    "publish.x",
                                    "publish.mastodon",
                                    "publish.bluesky",
                                    "build")));

    /** Library package prefix → the packages allowed to use it. */
    private static final Map<String, List<String>> ADAPTERS =
            Map.ofEntries(
                    Map.entry("org.yaml.snakeyaml", List.of("load")),
                    Map.entry("com.networknt", List.of("load")),
                    Map.entry("freemarker", List.of("render")),
                    Map.entry("com.twitter.twittertext", List.of("channel")),
                    Map.entry("com.ibm.icu", List.of("channel")),
                    // The kit writer's one system call that the JDK lacks (renameat2).
                    Map.entry("com.sun.jna", List.of("write")),
                    Map.entry("picocli", List.of("cli")),
                    Map.entry("twitter4j", List.of("publish.x")),
                    // Twitter4J's v2 add-on and the Kotlin runtime it needs belong to the X
                    // adapter.
                    Map.entry("jp.takke", List.of("publish.x")),
                    Map.entry("kotlin", List.of("publish.x")),
                    // JSON: the schema check's trees, the manifest, the page's data, link results,
                    // the
                    // ledger, --format json.
                    Map.entry(
                            "com.fasterxml.jackson",
                            List.of(
                                    "load",
                                    "kit",
                                    "export",
                                    "validate.links",
                                    "publish",
                                    "publish.mastodon",
                                    "publish.bluesky",
                                    "cli")),
                    // The PDF renderer parses release HTML (HTML5, not XML) with Jsoup, as
                    // openhtmltopdf recommends.
                    Map.entry("org.jsoup", List.of("validate.links", "render.pdf")),
                    Map.entry("com.openhtmltopdf", List.of("render.pdf")),
                    Map.entry("org.apache.pdfbox", List.of("render.pdf")));

    private static final Pattern PRESSKIT_REFERENCE =
            Pattern.compile("\\bpresskit\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");
    private static final Pattern QUALIFIED_IN_CODE =
            Pattern.compile("\\b(?:java|javax|presskit|com|org)\\.[a-z]\\w*\\.[\\w.]*[A-Z]\\w*");

    @Test
    void everyPackageIsInTheMap() {
        assertThat(MAY_USE.keySet()).containsExactlyInAnyOrderElementsOf(packages());
    }

    @Test
    void packageArrowsPointInward() {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            Matcher m = PRESSKIT_REFERENCE.matcher(read(file));
            while (m.find()) {
                String used = m.group(1);
                if (!used.equals(pkg) && !MAY_USE.getOrDefault(pkg, Set.of()).contains(used)) {
                    wrong.add(MAIN.relativize(file) + " uses presskit." + used);
                }
            }
        }
        assertThat(wrong).as("arrows that point outward").isEmpty();
    }

    @Test
    void libraryImportsStayInTheirAdapters() {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            for (String line : read(file).lines().filter(l -> l.startsWith("import ")).toList()) {
                ADAPTERS.forEach(
                        (prefix, allowed) -> {
                            boolean uses =
                                    line.contains(" " + prefix + ".")
                                            || line.contains(" static " + prefix + ".");
                            if (uses && !allowed.contains(pkg)) {
                                wrong.add(MAIN.relativize(file) + ": " + line);
                            }
                        });
            }
        }
        assertThat(wrong).as("library imports outside their adapter").isEmpty();
    }

    /** An inline qualified name would hide a dependency from the two rules above. */
    @Test
    void codeNamesClassesByImportNotInline() {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = read(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("import ")
                        || line.startsWith("package ")
                        || line.startsWith("*")
                        || line.startsWith("/*")
                        || line.startsWith("//")) {
                    continue;
                }
                Matcher m =
                        QUALIFIED_IN_CODE.matcher(line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", ""));
                if (m.find()) {
                    wrong.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertThat(wrong).as("inline qualified names").isEmpty();
    }

    @Test
    void theModelUsesOnlyTheJdk() {
        for (Path file : sources()) {
            if (packageOf(file).equals("model")) {
                assertThat(read(file).lines().filter(l -> l.startsWith("import ")))
                        .as(file.toString())
                        .allMatch(
                                l ->
                                        l.startsWith("import java.")
                                                || l.startsWith("import presskit.model."));
            }
        }
    }

    private static Set<String> packages() {
        Set<String> packages = new TreeSet<>();
        sources().forEach(file -> packages.add(packageOf(file)));
        return packages;
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file.getParent()).toString().replace('\\', '.').replace('/', '.');
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
