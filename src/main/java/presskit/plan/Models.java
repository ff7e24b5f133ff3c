package presskit.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import presskit.model.CampaignYear;
import presskit.variant.Edition;
import presskit.variant.VariantKind;

/** What every template sees, named as the template authors' README documents it. */
final class Models {

    private Models() {
    }

    static Map<String, Object> base(Edition edition) {
        CampaignYear year = edition.year();
        Map<String, Object> model = new HashMap<>();
        model.put("edition", edition);
        model.put("variant", edition.variant());
        model.put("org", edition.organisation());
        model.put("year", year);
        model.put("report", year.report());
        model.put("release", year.release());
        if (year.survey() != null) {
            model.put("survey", year.survey());
        }
        model.put("figures", edition.releaseFigures());
        model.put("allFigures", edition.figures());
        model.put("place", edition.variant().kind() != VariantKind.NATIONAL);
        model.put("quotes", year.release().quoteIds().stream().flatMap(id -> year.quote(id).stream()).toList());
        model.put("hashtags", year.hashtags());
        year.primaryLink().ifPresent(link -> model.put("link", link));
        model.put("contacts", edition.contacts());
        if (edition.region() != null) {
            model.put("region", edition.region());
        }
        if (edition.municipality() != null) {
            model.put("municipality", edition.municipality());
            model.put("committee", edition.branch() == null ? "Socialnämnden" : edition.branch().committee());
        }
        return Map.copyOf(model);
    }

    /**
     * How a post on {@code channel} names the branch's politicians, chair first: the handle where the politician
     * has one on that network, else the name with party — never a broken {@code @}.
     */
    static List<String> mentions(Edition edition, String channel) {
        return edition.politicians().stream()
                .map(p -> p.handle(channel).orElse(p.plainName()))
                .toList();
    }
}
