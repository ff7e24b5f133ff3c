package presskit.variant;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import presskit.model.Campaign;
import presskit.model.CampaignYear;
import presskit.model.Figure;
import presskit.model.Message;
import presskit.model.Release;

/** Makes the edition of a campaign year for a variant: which figures it gets and how its texts read. */
public final class Editions {

    private Editions() {
    }

    /** The national edition: national figures, said without a place. */
    public static Edition national(Campaign campaign) {
        Variant variant = Variant.national();
        CampaignYear year = campaign.year();
        List<FigureView> figures = year.figures().stream()
                .map(f -> new FigureView(f.id(), FigurePhrase.said(f, f.value()), f.who(), f.claim(),
                        variant.where(), false, f.source()))
                .toList();
        return Edition.of(variant, campaign, filled(year), figures);
    }

    /** The year with every {@code {figure}} placeholder replaced by the national figure's words. */
    static CampaignYear filled(CampaignYear year) {
        Map<String, String> said = year.figures().stream()
                .collect(Collectors.toMap(Figure::id, f -> FigurePhrase.said(f, f.value())));
        Function<String, String> fill = text -> FigurePhrase.fill(text, said::get);
        Release r = year.release();
        return new CampaignYear(year.year(), year.report(), year.survey(), year.figures(),
                new Release(r.headline(), fill.apply(r.lede()), r.body().stream().map(fill).toList(), r.figureIds(),
                        r.quoteIds()),
                messages(year.keyMessages(), fill), messages(year.shortMessages(), fill), year.quotes(),
                year.hashtags(), year.links(), year.contacts(), fill.apply(year.callToAction()));
    }

    private static List<Message> messages(List<Message> messages, Function<String, String> fill) {
        return messages.stream().map(m -> new Message(m.id(), fill.apply(m.text()))).toList();
    }
}
