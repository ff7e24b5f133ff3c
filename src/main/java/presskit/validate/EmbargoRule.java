package presskit.validate;

import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.model.Report;
import presskit.model.Sweden;
import presskit.source.LoadedCampaign;

/**
 * An embargo lifts no later than the publication day: otherwise the release would be out before it
 * may be.
 */
final class EmbargoRule implements Rule {

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        Report report = campaign.campaign().year().report();
        if (report.embargo() == null || report.published() == null) {
            return List.of();
        }
        var lifts = report.embargo().atZoneSameInstant(Sweden.TIME_ZONE).toLocalDate();
        if (lifts.isAfter(report.published())) {
            return List.of(
                    campaign.year()
                            .error(
                                    "report.embargo",
                                    "the embargo lifts on "
                                            + lifts
                                            + ", after the publication day "
                                            + report.published()
                                            + "; the embargo must lift on or before it"));
        }
        return List.of();
    }
}
