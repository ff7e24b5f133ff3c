package presskit.plan;

import java.util.List;
import presskit.channel.Channel;
import presskit.model.CampaignYear;
import presskit.model.Link;
import presskit.model.LinkUse;
import presskit.model.Tracking;
import presskit.variant.Edition;
import presskit.variant.FigureView;
import presskit.variant.VariantKind;

/** Builds the views templates see from an edition, with the rules that decide their wording. */
final class Models {

    private Models() {}

    /**
     * What a release ({@code use} {@link LinkUse#RELEASE}) or message sheet ({@link LinkUse#SHEET})
     * of {@code edition} sees: only the links that may appear in it, and only the quotes approved
     * for the release.
     */
    static DocumentView document(Edition edition, LinkUse use) {
        CampaignYear year = edition.year();
        return new DocumentView(
                edition.organisation(),
                year.report(),
                year.release(),
                year.survey(),
                edition.variant(),
                edition.regionalNews(),
                headlineRegion(edition),
                edition.lede(),
                edition.releaseFigures(),
                inBrief(edition, true),
                inBrief(edition, false),
                edition.figures(),
                year.releaseQuotes(),
                edition.contacts(),
                documentLink(year, use),
                year.links(use),
                year.keyMessages(),
                year.shortMessages(),
                year.hashtags(),
                year.callToAction());
    }

    /**
     * What every post of {@code edition} sees alike, before its channel, message, figure and
     * politicians are known ({@link #post} adds them): worked out once per edition, since an
     * edition's figures, ledes and views take some work and each edition has dozens of posts.
     */
    static PostView posts(Edition edition) {
        CampaignYear year = edition.year();
        return new PostView(
                edition.organisation(),
                year.report(),
                year.release(),
                edition.variant(),
                place(edition),
                headlineRegion(edition),
                edition.regionalNews(),
                edition.lede(),
                edition.briefLede(),
                year.keyMessages(),
                year.keyMessages().stream()
                        .filter(m -> edition.mentions().viewsOnly().contains(m.id()))
                        .toList(),
                edition.figuresNotInKeyMessages().stream().map(FigureView::sentence).toList(),
                edition.releaseFigures(),
                year.hashtags(),
                null,
                null,
                null,
                null,
                year.local() == null ? null : year.local().question(),
                edition.committee(),
                List.of(),
                List.of());
    }

    /** What every post of {@code edition} on {@code channel} sees: {@code shared} and the link. */
    static PostView onChannel(PostView shared, Edition edition, Channel channel) {
        return shared.on(channel, link(edition, channel));
    }

    /**
     * How a post on {@code channel} names the branch's politicians, chair first: the handle where
     * the politician has one on that network, else the name with party — never a broken {@code @}.
     */
    static List<String> mentions(Edition edition, String channel) {
        return edition.politicians().stream()
                .map(p -> p.handle(channel).orElse(p.plainName()))
                .toList();
    }

    private static boolean place(Edition edition) {
        return edition.variant().kind() != VariantKind.NATIONAL;
    }

    /**
     * "Siffror i korthet" of {@code edition}'s release, each figure a sentence ({@code first}), or
     * the national figures said once under one heading ({@code !first}). Nationally, and in a
     * region with at most one national figure left, every figure is in the first list; in a region
     * its own figures say the region and a lone national one says "i hela landet".
     */
    private static List<String> inBrief(Edition edition, boolean first) {
        List<FigureView> left = edition.figuresNotInText();
        if (!edition.regionalNews()) {
            return first ? left.stream().map(FigureView::sentence).toList() : List.of();
        }
        List<FigureView> national = left.stream().filter(f -> !f.regional()).toList();
        boolean heading = national.size() > 1;
        if (!first) {
            return heading ? national.stream().map(FigureView::sentence).toList() : List.of();
        }
        return left.stream()
                .filter(f -> f.regional() || !heading)
                .map(FigureView::sentenceWithPlace)
                .toList();
    }

    /** Only a region with figures of its own gets a headline about its situation. */
    private static String headlineRegion(Edition edition) {
        return edition.regionalNews() ? edition.region().name() : null;
    }

    /**
     * The one link a document names: in a release, its "Läs mer"; in a sheet, the primary link
     * where the sheet may carry it.
     */
    private static Link documentLink(CampaignYear year, LinkUse use) {
        return (use == LinkUse.RELEASE
                        ? year.releaseLink()
                        : year.primaryLink().filter(l -> l.allowedIn(use)))
                .orElse(null);
    }

    /** When the year asks for campaign tracking, a post's link carries its network's UTM tags. */
    private static Link link(Edition edition, Channel channel) {
        Link link = edition.year().primaryLink().orElse(null);
        if (link != null && edition.year().tracked()) {
            return Tracking.tagged(link, channel.id(), edition.year().trackingCampaign());
        }
        return link;
    }
}
