package presskit.build;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a command asks of a build: which campaign, which templates, which year and which editions.
 *
 * @param messages the campaign folder
 * @param templates the templates folder that overrides the built-in templates
 * @param templatesExplicit whether the user named {@code templates}: then it must exist; the
 *     default may be absent
 * @param year the report year, or empty for the newest in {@code messages}
 * @param levels the levels to build (empty: all)
 * @param region only this region (and its municipalities), or null
 * @param municipality only this municipality, by code or name as typed ({@link Municipalities}), or
 *     null
 * @param pdf whether to render the release PDFs
 */
public record BuildRequest(
        Path messages,
        Path templates,
        boolean templatesExplicit,
        Optional<Integer> year,
        Set<Level> levels,
        String region,
        String municipality,
        boolean pdf) {

    /** The levels of editions a build can be narrowed to. */
    public enum Level {
        NATIONAL,
        REGIONS,
        MUNICIPALITIES
    }

    public BuildRequest {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(year, "year");
        levels = levels.isEmpty() ? EnumSet.allOf(Level.class) : EnumSet.copyOf(levels);
    }

    /**
     * The whole newest year of {@code messages}, rendered with {@code templates} (which may be
     * absent).
     */
    public static BuildRequest of(Path messages, Path templates) {
        return new BuildRequest(
                messages, templates, false, Optional.empty(), Set.of(), null, null, true);
    }

    /**
     * Whether the request names a region or a municipality: such a build updates those editions in
     * the kit already written and leaves every other file as it was.
     */
    public boolean partial() {
        return region != null || municipality != null;
    }

    /** This request for another year. */
    public BuildRequest withYear(Optional<Integer> newYear) {
        return new BuildRequest(
                messages, templates, templatesExplicit, newYear, levels, region, municipality, pdf);
    }

    /** This request narrowed to some levels, a region or a municipality. */
    public BuildRequest narrowed(Set<Level> newLevels, String newRegion, String newMunicipality) {
        return new BuildRequest(
                messages,
                templates,
                templatesExplicit,
                year,
                newLevels,
                newRegion,
                newMunicipality,
                pdf);
    }

    /** This request with or without the release PDFs. */
    public BuildRequest withPdf(boolean newPdf) {
        return new BuildRequest(
                messages, templates, templatesExplicit, year, levels, region, municipality, newPdf);
    }
}
