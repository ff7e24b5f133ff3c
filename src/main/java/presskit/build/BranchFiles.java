package presskit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.load.CampaignLoader;
import presskit.model.CampaignYear;
import presskit.model.Municipality;
import presskit.source.LoadedCampaign;
import presskit.source.SourceFiles;
import presskit.write.WriteFailure;

/**
 * Starts a local branch's file, {@code branches/<code>.yaml}: the municipality, the committee the
 * year's local posts address, and a commented example politician, with the schema line that lets an
 * editor check and complete it. An existing file is never overwritten.
 */
public final class BranchFiles {

    private static final Pattern SCHEMA_LINE =
            Pattern.compile("#\\s*yaml-language-server:\\s*\\$schema=(\\S+)\\s*");
    // A URL (https://…) or another scheme an editor resolves, kept as it is.
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    // The schema line heads a file; an editor reads it only among the first lines.
    private static final int SCHEMA_LINE_WITHIN = 10;

    private BranchFiles() {}

    /** A branch file written: where, and for which municipality. */
    public record Written(Path file, Municipality municipality, String officialName) {}

    /**
     * Writes the branch file of the municipality {@code typed} names (code or name, as {@link
     * Municipalities} reads it) into {@code messages/branches/}, with the committee of {@code year}
     * (the newest when empty).
     *
     * @throws DiagnosticException when the campaign cannot be loaded, the municipality is unknown,
     *     or its file exists already
     * @throws WriteFailure when the file cannot be written
     */
    public static Written create(Path messages, Optional<Integer> year, String typed) {
        LoadedCampaign campaign = new CampaignLoader(messages).load(year);
        Municipality m = Municipalities.find(campaign.campaign().sweden(), typed, "MUNICIPALITY");
        Path file = messages.resolve("branches").resolve(m.code() + ".yaml");
        String officialName = m.officialName();
        String schemas =
                schemaFolder(
                        messages.resolve("organisation.yaml"),
                        messages.resolve(campaign.campaign().year().year() + ".yaml"));
        byte[] content =
                text(m, officialName, committee(campaign.campaign().year()), schemas)
                        .getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new WriteFailure(file.getParent(), e);
        }
        NewFile.write(
                file,
                content,
                () ->
                        new DiagnosticException(
                                Diagnostic.error(
                                        SourceFiles.display(file),
                                        0,
                                        0,
                                        "",
                                        "the branch file of "
                                                + officialName
                                                + " exists already and is left as it is; edit it,"
                                                + " or remove it first to start again")));
        return new Written(file, m, officialName);
    }

    /**
     * The committee local posts address unless a branch file names another: the year's {@code
     * local.committee}; null when the year has no {@code local:} block.
     */
    private static String committee(CampaignYear year) {
        return year.local() == null ? null : year.local().committee();
    }

    /**
     * Where a branch file's editor finds the schemas, so its {@code $schema} line works like its
     * neighbours': the folder of the first schema line among {@code files}, one level further up
     * (the branch file sits in {@code branches/}), or as it is when it is an absolute address;
     * {@code ../schemas/} when none of them has one.
     */
    static String schemaFolder(Path... files) {
        for (Path file : files) {
            Optional<String> schema = schemaLine(file);
            if (schema.isPresent()) {
                String address = schema.get();
                String folder = address.substring(0, address.lastIndexOf('/') + 1);
                return ABSOLUTE.matcher(address).lookingAt() || folder.startsWith("/")
                        ? folder
                        : "../" + folder;
            }
        }
        return "../schemas/";
    }

    /** The address on the file's {@code # yaml-language-server: $schema=} line, if it has one. */
    private static Optional<String> schemaLine(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(SCHEMA_LINE_WITHIN)
                    .map(SCHEMA_LINE::matcher)
                    .filter(Matcher::matches)
                    .map(matched -> matched.group(1))
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            // Only the editor's convenience depends on it: a file unread is a file without one.
            return Optional.empty();
        }
    }

    static String text(Municipality m, String officialName, String committee, String schemas) {
        return """
                # yaml-language-server: $schema=%4$sbranch.schema.json
                #
                # The local branch in %1$s (%2$s): the committee its local posts address and the
                # politicians they tag. Started by "presskit branch %2$s"; edit it freely.
                municipality: "%2$s"
                # The committee's own name, as the municipality writes it.
                %3$s
                # The committee's politicians, tagged in order of role, the chair first. For each one,
                # copy the example below without its '#' and write the real person's details; then
                # remove the [] after "politicians:".
                politicians: []
                #  - name: Förnamn Efternamn          # an invented example
                #    role: ordförande                 # or 1:e vice ordförande, vice ordförande, 2:e vice
                #                                     # ordförande, 3:e vice ordförande, ledamot, ersättare
                #    party: S                         # optional: the party's abbreviation
                #    handles:                         # optional; without one, posts write the name out
                #      x: "@handle"
                #      mastodon: "@handle@instans.example"
                #      bluesky: "@handle.bsky.social"
                """
                .formatted(officialName, m.code(), committeeLine(committee), schemas);
    }

    /** The committee's line; without the year's, one to fill in, commented out until then. */
    private static String committeeLine(String committee) {
        return committee == null
                ? "# committee: (the year file has no local.committee; write the name here)"
                : "committee: " + YamlText.scalar(committee);
    }
}
