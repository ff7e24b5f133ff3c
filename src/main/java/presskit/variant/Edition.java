package presskit.variant;

import java.util.List;
import java.util.Optional;
import presskit.model.Campaign;
import presskit.model.CampaignYear;
import presskit.model.Organisation;

/**
 * The year as one variant sees it: texts with figures filled in, and each figure as this variant says it.
 *
 * @param variant whom the edition is for
 * @param organisation the organisation
 * @param year the year with placeholders in its texts filled in
 * @param figures every figure of the year, in the year's order, as this variant says it
 * @param contacts the press contacts
 */
public record Edition(Variant variant, Organisation organisation, CampaignYear year, List<FigureView> figures,
        List<presskit.model.Contact> contacts) {

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

    static Edition of(Variant variant, Campaign campaign, CampaignYear filled, List<FigureView> figures) {
        return new Edition(variant, campaign.organisation(), filled, figures, campaign.contacts());
    }
}
