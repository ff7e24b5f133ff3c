package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.model.FillIn;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;

/**
 * No value of the organisation or the year still holds the mark of a form ({@link FillIn}) that
 * {@code presskit init} and {@code presskit new-year} write: each one is reported at its line, with
 * what the form says to write there.
 */
final class FillInRule implements Rule {

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        report(campaign.organisation(), found);
        report(campaign.year(), found);
        return found;
    }

    private static void report(SourceMap sources, List<Diagnostic> found) {
        for (Map.Entry<String, String> text : sources.texts().entrySet()) {
            if (!FillIn.marks(text.getValue())) {
                continue;
            }
            String field = text.getKey();
            String what = FillIn.what(text.getValue());
            found.add(
                    sources.error(
                            field,
                            "is still to be filled in"
                                    + (what.isEmpty() ? "; write the real value" : ": " + what)));
        }
    }
}
