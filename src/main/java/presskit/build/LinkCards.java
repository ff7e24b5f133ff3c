package presskit.build;

import java.util.List;
import presskit.kit.LinkCard;
import presskit.source.LoadedCampaign;

/** The year's links as the page and the manifest show them. */
final class LinkCards {

    private LinkCards() {}

    static List<LinkCard> of(LoadedCampaign campaign) {
        return campaign.campaign().year().links().stream()
                .map(l -> new LinkCard(l.id(), l.url(), l.title(), l.description(), null, null, null, null, null))
                .toList();
    }
}
