package presskit.variant;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
 * @param mentions which figures the year's texts name, as written
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
        FigureMentions mentions,
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

    /**
     * Whether this is a region's edition with figures of its own: its release and posts are about
     * the region. A region without any gets the national texts.
     */
    public boolean regionalNews() {
        return region != null && municipality == null && hasRegionalFigures();
    }

    /**
     * The figures that are the region's own: the release's key figures in the release's order, then
     * any other figure of the year the region has a value for.
     */
    public List<FigureView> regionalReleaseFigures() {
        List<FigureView> release = releaseFigures();
        return Stream.concat(release.stream(), figures.stream().filter(f -> !release.contains(f)))
                .filter(FigureView::regional)
                .toList();
    }

    /**
     * The release's lede: in a region with figures of its own, built from them, each compared with
     * the national value ("I Uppsala län hinner åtta av tio lärare inte planera …, visar
     * Skolenkäten 2025. I hela landet är det sju av tio."); otherwise the year's.
     */
    public String lede() {
        return regionalNews()
                ? RegionalLede.of(regionalReleaseFigures(), year.report().title())
                : year.release().lede();
    }

    /**
     * The regional lede's first figure with its national value: what a short post says in a region
     * with figures of its own; the year's lede elsewhere.
     */
    public String briefLede() {
        return regionalNews()
                ? RegionalLede.of(regionalReleaseFigures().subList(0, 1), year.report().title())
                : year.release().lede();
    }

    /**
     * The release's key figures that neither the lede nor the body says: what "Siffror i korthet"
     * lists. Empty when the text says them all.
     */
    public List<FigureView> figuresNotInText() {
        List<String> said =
                regionalNews()
                        ? regionalReleaseFigures().stream().map(FigureView::id).toList()
                        : List.copyOf(mentions.lede());
        return releaseFigures().stream()
                .filter(f -> !said.contains(f.id()) && !mentions.body().contains(f.id()))
                .toList();
    }

    /** The release's key figures that the key messages do not say. */
    public List<FigureView> figuresNotInKeyMessages() {
        return releaseFigures().stream()
                .filter(f -> !mentions.keyMessages().contains(f.id()))
                .toList();
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
