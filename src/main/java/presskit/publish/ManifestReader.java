package presskit.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Diagnostics;

/**
 * Reads the build's {@code manifest.json} into a {@link BuildManifest}, ignoring fields it does not
 * know and reporting every missing or mistyped one at once.
 */
public final class ManifestReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Diagnostics problems = new Diagnostics();
    private final String fileName;

    private ManifestReader(Path file) {
        this.fileName = file.toString();
    }

    /**
     * Reads {@code yearDir/manifest.json}; throws a {@link DiagnosticException} listing every
     * problem.
     */
    public static BuildManifest read(Path yearDir) {
        Path file = yearDir.resolve("manifest.json");
        ManifestReader reader = new ManifestReader(file);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new DiagnosticException(
                    Diagnostic.error(
                            file.toString(),
                            at == null ? 0 : at.getLineNr(),
                            at == null ? 0 : at.getColumnNr(),
                            "",
                            "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(file.toString(), 0, 0, "", "cannot be read: " + e));
        }
        BuildManifest manifest = reader.manifest(file, yearDir, root);
        reader.problems.throwIfErrors();
        return manifest;
    }

    private BuildManifest manifest(Path file, Path yearDir, JsonNode root) {
        int year = integer(root, "year", "year");
        OffsetDateTime embargo = null;
        JsonNode embargoNode = root.path("embargo");
        if (embargoNode.isTextual()) {
            try {
                embargo = OffsetDateTime.parse(embargoNode.asText());
            } catch (DateTimeParseException e) {
                error(
                        "embargo",
                        "must be a date-time with offset, such as 2023-09-18T06:00:00+02:00");
            }
        } else if (!embargoNode.isMissingNode() && !embargoNode.isNull()) {
            error("embargo", "must be a date-time text or null");
        }
        List<BuildOutput> outputs = new ArrayList<>();
        JsonNode list = root.path("outputs");
        if (!list.isArray()) {
            error("outputs", "must be a list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                outputs.add(output(list.get(i), "outputs[" + i + "]"));
            }
        }
        List<LinkPreview> links = new ArrayList<>();
        JsonNode linkList = root.path("links");
        if (!linkList.isMissingNode() && !linkList.isArray()) {
            error("links", "must be a list");
        }
        for (int i = 0; linkList.isArray() && i < linkList.size(); i++) {
            links.add(link(linkList.get(i), "links[" + i + "]"));
        }
        return new BuildManifest(file, yearDir, year, embargo, outputs, links);
    }

    /** A link's card: what the check found on the page, else the year's own words. */
    private LinkPreview link(JsonNode node, String at) {
        String url = text(node, "url", at + ".url");
        JsonNode og = node.path("og");
        String title = optional(og, "title");
        if (title == null) {
            title = optional(node, "title");
        }
        String description = optional(og, "description");
        if (description == null) {
            description = optional(node, "description");
        }
        return new LinkPreview(
                url,
                title == null ? url : title,
                description == null ? "" : description,
                optional(og, "image"));
    }

    private static String optional(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private BuildOutput output(JsonNode node, String at) {
        List<BuildOutput.Part> parts = new ArrayList<>();
        JsonNode partList = node.path("parts");
        for (int i = 0; partList.isArray() && i < partList.size(); i++) {
            String partAt = at + ".parts[" + i + "]";
            parts.add(
                    new BuildOutput.Part(
                            text(partList.get(i), "path", partAt + ".path"),
                            integer(partList.get(i), "length", partAt + ".length")));
        }
        return new BuildOutput(
                text(node, "id", at + ".id"),
                text(node, "kind", at + ".kind"),
                text(node, "channel", at + ".channel"),
                text(node, "variant", at + ".variant"),
                text(node, "path", at + ".path"),
                node.path("length").asInt(0),
                node.path("limit").asInt(0),
                node.path("valid").asBoolean(false),
                node.path("example").asBoolean(false),
                parts);
    }

    private String text(JsonNode node, String name, String at) {
        JsonNode value = node.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            error(at, "must be a non-empty text");
            return "";
        }
        return value.asText();
    }

    private int integer(JsonNode node, String name, String at) {
        JsonNode value = node.path(name);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            error(at, "must be a whole number");
            return 0;
        }
        return value.asInt();
    }

    private void error(String field, String message) {
        problems.add(Diagnostic.error(fileName, 0, 0, field, message));
    }
}
