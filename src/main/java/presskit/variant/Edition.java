package presskit.variant;

import java.util.List;
import java.util.Optional;
import presskit.model.Branch;
import presskit.model.CampaignYear;
import presskit.model.Contact;
import presskit.model.Municipality;
import presskit.model.Organisation;
import presskit.model.Politician;
import presskit.model.Region;

/**
 * The year as one variant sees it: texts with figures filled in, each figure as this variant says
 * it, and for a municipality its branch's politicians.
 *
 * @param variant whom the edition is for
 * @param organisation the organisation
 * @param year the year with placeholders in its texts filled in
 * @param figures every figure of the year, in the year's order, as this variant says it
 * @param contacts the press contacts
 * @param region the region, for regional and municipal editions; null nationally
 * @param municipality the municipality, for municipal editions; null otherwise
 * @param branch the municipality's branch data, when a branch file exists; null otherwise
 */
public record Edition(
        Variant variant,
        Organisation organisation,
        CampaignYear year,
        List<FigureView> figures,
        List<Contact> contacts,
        Region region,
        Municipality municipality,
        Branch branch) {

    public Edition {
        figures = List.copyOf(figures);
        contacts = List.copyOf(contacts);
    }

    public Optional<FigureView> figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The release's key figures, in the order the release lists them. */
    public List<FigureView> releaseFigures() {
        return year.release().figureIds().stream().flatMap(id -> figure(id).stream()).toList();
    }

    /**
     * The figure local posts quote: the year's {@code local.figure}, else the first of the
     * release's figures, else the year's first; as this edition says it (the region's own value
     * where it has one).
     */
    public FigureView localFigure() {
        String chosen = year.local() == null ? null : year.local().figureId();
        if (chosen != null) {
            return figure(chosen).orElseThrow();
        }
        return releaseFigures().stream().findFirst().orElseGet(() -> figures.get(0));
    }

    /**
     * The committee a local post addresses: the one the branch file names, else the year's {@code
     * local.committee}; null when neither does.
     */
    public String committee() {
        if (branch != null && !branch.committee().isBlank()) {
            return branch.committee();
        }
        return year.local() == null ? null : year.local().committee();
    }

    /** Whether any figure is the region's own rather than the national one. */
    public boolean hasRegionalFigures() {
        return figures.stream().anyMatch(FigureView::regional);
    }

    /** The branch's politicians, chair first; empty without a branch file. */
    public List<Politician> politicians() {
        return branch == null ? List.of() : Roles.byRole(branch.politicians());
    }

    /** Whether this edition is made from fictional example data that must never be published. */
    public boolean example() {
        return branch != null && branch.example();
    }
}
