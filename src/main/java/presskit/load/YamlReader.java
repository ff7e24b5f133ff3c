package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.source.SourceMap;

/**
 * Reads one YAML file safely into a JSON tree and a {@link SourceMap} of where every value stands.
 *
 * <p>Only SnakeYAML's composer runs: no object is ever constructed from the file, so no tag can
 * instantiate a class. Beyond that, the bytes must be valid UTF-8 without characters YAML forbids,
 * and aliases, nesting and size are bounded; {@link YamlTree} makes the tree (core tags only,
 * unique keys, exact numbers, no alias inside itself). Every problem is placed, where SnakeYAML
 * gives no place with {@link YamlPlaces}.
 */
public final class YamlReader {

    /** Far above any real campaign file; stops a runaway file before parsing. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;

    /** The tree of one file, with its source map. */
    public record Document(JsonNode root, SourceMap sources) {}

    /**
     * Parses {@code bytes} of the file shown to users as {@code file}.
     *
     * @throws DiagnosticException with the file, line and column of the first problem
     */
    public Document read(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file, bytes.length);
        }
        String text = decode(file, bytes);
        YamlPlaces.printable(file, text);
        if (text.isBlank()) {
            throw fail(file, 1, 1, "", "file is empty; expected a YAML mapping of fields");
        }
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            YamlSyntax.Problem p = YamlSyntax.describe(e, text, describe(problem));
            throw fail(file, p.line(), p.column(), "", p.message());
        } catch (YAMLException e) {
            // The composer's limits come without a place; walking the file's events finds it.
            String problem = String.valueOf(e.getMessage());
            boolean deep = problem.startsWith("Nesting Depth exceeded");
            Mark at =
                    deep
                            ? YamlPlaces.tooDeep(text)
                            : problem.startsWith("Number of aliases")
                                    ? YamlPlaces.collectionAlias(text, MAX_ALIASES + 1)
                                    : null;
            throw fail(
                    file,
                    at == null ? 1 : at.getLine() + 1,
                    at == null ? 1 : at.getColumn() + 1,
                    "",
                    deep
                            ? "lists and mappings are nested more than "
                                    + MAX_DEPTH
                                    + " levels deep here; presskit's files need only a few levels"
                            : describe(problem));
        }
        if (root == null) {
            throw fail(file, 1, 1, "", "file holds no YAML document; expected a mapping of fields");
        }
        YamlSyntax.commentedOutValue(text)
                .ifPresent(
                        p -> {
                            throw fail(file, p.line(), p.column(), "", p.message());
                        });
        SourceMap sources = new SourceMap(file);
        return new Document(new YamlTree(file, text, sources).convert(root, ""), sources);
    }

    /** The error for a file of {@code bytes} bytes, more than {@link #MAX_BYTES}. */
    static DiagnosticException tooLarge(String file, long bytes) {
        return fail(
                file,
                1,
                1,
                "",
                "file is "
                        + Grouped.of(bytes)
                        + " bytes; at most "
                        + Grouped.of(MAX_BYTES)
                        + " (2 MiB) are accepted");
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        return options;
    }

    private static String decode(String file, byte[] bytes) {
        int offset =
                bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw fail(
                    file,
                    line,
                    bad - lineStart + 1,
                    "",
                    "the file is not valid UTF-8 (byte 0x"
                            + Integer.toHexString(bytes[bad] & 0xFF)
                            + "); save it as UTF-8");
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw fail(file, 1, 1, "", "the file is not valid UTF-8; save it as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /** Rewrites SnakeYAML's wording where it is unhelpful for people editing YAML by hand. */
    private static String describe(String problem) {
        if (problem == null) {
            return "the YAML cannot be read";
        }
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            return "a tab character is used for indentation; YAML needs spaces";
        }
        if (problem.startsWith("Number of aliases")) {
            return "too many aliases (*name); at most " + MAX_ALIASES + " are accepted";
        }
        if (problem.startsWith("Global tag is not allowed")) {
            return "tag '"
                    + problem.substring(problem.indexOf(':') + 1).trim()
                    + "' is not allowed; write plain YAML values";
        }
        if (problem.contains("exceed the limit")) {
            return "the file is too large or too deeply nested";
        }
        return problem;
    }

    static SourceMap.Position position(Mark mark) {
        return new SourceMap.Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static DiagnosticException fail(
            String file, int line, int column, String field, String message) {
        return new DiagnosticException(Diagnostic.error(file, line, column, field, message));
    }
}
