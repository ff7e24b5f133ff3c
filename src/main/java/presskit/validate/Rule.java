package presskit.validate;

import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.source.LoadedCampaign;

/** One offline check of a year's data and rendered kit. */
@FunctionalInterface
public interface Rule {

    /** Every problem this rule finds; empty when all is well. */
    List<Diagnostic> check(LoadedCampaign campaign, Kit kit);
}
