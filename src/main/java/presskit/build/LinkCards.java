package presskit.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import presskit.kit.LinkCard;
import presskit.model.Link;
import presskit.source.LoadedCampaign;
import presskit.validate.links.CheckedLink;
import presskit.validate.links.UrlKey;

/**
 * The year's links as the page and the manifest show them: each with what the year's links file
 * says the last check found, or unchecked when the file has no entry for it.
 */
final class LinkCards {

    private LinkCards() {}

    static List<LinkCard> of(LoadedCampaign campaign, List<CheckedLink> checked) {
        Map<String, CheckedLink> byUrl = new HashMap<>();
        // The file holds URLs as checked: without tracking parameters, as UrlKey makes them.
        checked.forEach(c -> byUrl.putIfAbsent(UrlKey.of(c.url()), c));
        return campaign.campaign().year().links().stream()
                .map(l -> card(l, byUrl.get(UrlKey.of(l.url()))))
                .toList();
    }

    private static LinkCard card(Link link, CheckedLink check) {
        if (check == null) {
            return LinkCard.unchecked(link);
        }
        return new LinkCard(
                link.id(),
                link.url(),
                link.title(),
                link.description(),
                check.verdict().label(),
                check.verdict().isFailure(),
                check.title(),
                check.og().title(),
                check.og().description(),
                check.og().image(),
                check.checkedAt());
    }
}
