package presskit.cli;

import java.time.Clock;
import java.util.List;
import presskit.kit.LinkCard;
import presskit.validate.links.LinkCache;
import presskit.validate.links.LinkResult;

/** Adds to the year's link cards what the last online check (still in the cache) found, for the page. */
final class LinkCards {

    private LinkCards() {
    }

    static List<LinkCard> withCheckedPreviews(List<LinkCard> cards, java.nio.file.Path cacheDir) {
        LinkCache cache = LinkCache.in(cacheDir, LinkCache.DEFAULT_TTL, Clock.systemUTC());
        return cards.stream().map(card -> cache.lookup(card.url()).map(r -> checked(card, r)).orElse(card)).toList();
    }

    private static LinkCard checked(LinkCard card, LinkResult r) {
        return new LinkCard(card.id(), card.url(), card.title(), card.description(), r.verdict().label(), r.title(),
                r.og().title(), r.og().description(), r.og().image());
    }
}
