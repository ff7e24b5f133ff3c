package presskit.variant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import presskit.model.Campaign;
import presskit.model.CampaignYear;
import presskit.model.Figure;
import presskit.model.FigureUnit;
import presskit.model.Municipality;
import presskit.model.Region;

/**
 * Makes the editions of a campaign year: national, one per region, one per municipality. A region's
 * figures are its own where the report gives them, otherwise the national ones, said to be
 * national.
 */
public final class Editions {

    private Editions() {}

    /** Which editions to make. */
    public record Selection(
            boolean national,
            boolean regions,
            boolean municipalities,
            String regionCode,
            String municipalityCode) {}

    /**
     * Every edition the selection asks for, national first, then regions and municipalities by
     * code.
     */
    public static List<Edition> of(Campaign campaign, Selection selection) {
        CampaignYear filled = filled(campaign.year());
        FigureMentions mentions = FigureMentions.of(campaign.year());
        List<Edition> editions = new ArrayList<>();
        if (selection.national()) {
            editions.add(national(campaign, filled, mentions));
        }
        for (Region region : campaign.sweden().regions()) {
            if (selection.regions() && matches(selection.regionCode(), region.code())) {
                editions.add(region(campaign, filled, mentions, region));
            }
        }
        for (Municipality m : campaign.sweden().municipalities()) {
            if (selection.municipalities()
                    && matches(selection.municipalityCode(), m.code())
                    && matches(selection.regionCode(), m.regionCode())) {
                editions.add(municipality(campaign, filled, mentions, m));
            }
        }
        return editions;
    }

    /** The national edition: national figures, said without a place. */
    private static Edition national(
            Campaign campaign, CampaignYear filled, FigureMentions mentions) {
        Variant variant = Variant.national();
        List<FigureView> figures =
                campaign.year().figures().stream()
                        .map(f -> view(f, f.value(), Variant.NATIONWIDE, false))
                        .toList();
        return new Edition(
                variant,
                campaign.organisationOfYear(),
                filled,
                mentions,
                figures,
                campaign.contacts(),
                null,
                null,
                null);
    }

    private static Edition region(
            Campaign campaign, CampaignYear filled, FigureMentions mentions, Region region) {
        Variant variant =
                new Variant(
                        VariantKind.REGION,
                        region.code(),
                        region.name(),
                        Slugs.of(region.name()),
                        in(region));
        return new Edition(
                variant,
                campaign.organisationOfYear(),
                filled,
                mentions,
                regionalFigures(campaign, region),
                campaign.contacts(),
                region,
                null,
                null);
    }

    private static Edition municipality(
            Campaign campaign, CampaignYear filled, FigureMentions mentions, Municipality m) {
        Region region = campaign.sweden().region(m.regionCode()).orElseThrow();
        Variant variant =
                new Variant(
                        VariantKind.MUNICIPALITY,
                        m.code(),
                        m.name(),
                        Slugs.of(m.name()),
                        in(region),
                        m.officialName());
        return new Edition(
                variant,
                campaign.organisationOfYear(),
                filled,
                mentions,
                regionalFigures(campaign, region),
                campaign.contacts(),
                region,
                m,
                campaign.branch(m.code()).orElse(null));
    }

    private static List<FigureView> regionalFigures(Campaign campaign, Region region) {
        return campaign.year().figures().stream()
                .map(
                        f ->
                                f.regional(region.code())
                                        .map(value -> view(f, value, in(region), true))
                                        .orElseGet(
                                                () ->
                                                        view(
                                                                f,
                                                                f.value(),
                                                                Variant.NATIONWIDE,
                                                                false)))
                .toList();
    }

    private static FigureView view(Figure f, BigDecimal value, String where, boolean regional) {
        return new FigureView(
                f.id(),
                FigurePhrase.said(f, value),
                f.who(),
                f.claim(),
                where,
                regional,
                f.source(),
                f.unit() == FigureUnit.COUNT,
                FigurePhrase.said(f, f.value()));
    }

    /** The year with every {@code {figure}} placeholder replaced by the national figure's words. */
    static CampaignYear filled(CampaignYear year) {
        Map<String, String> said =
                year.figures().stream()
                        .collect(
                                Collectors.toMap(Figure::id, f -> FigurePhrase.said(f, f.value())));
        return year.withTexts(text -> FigurePhrase.fill(text, said::get));
    }

    /**
     * Where a figure of {@code region} applies: "i Dalarnas län", but "på Gotland", as people on
     * the island say it.
     */
    static String in(Region region) {
        return region.name().equals("Gotlands län") ? "på Gotland" : "i " + region.name();
    }

    private static boolean matches(String wanted, String code) {
        return wanted == null || wanted.equals(code);
    }
}
