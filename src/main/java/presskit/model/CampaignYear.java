package presskit.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything one report year says: the report, its survey, figures, messages, links and contacts, the call to
 * action for colleagues and the question local branches put to their politicians.
 */
public record CampaignYear(
        int year,
        Report report,
        Survey survey,
        List<Figure> figures,
        Release release,
        List<Message> keyMessages,
        List<Message> shortMessages,
        List<Quote> quotes,
        List<Hashtag> hashtags,
        List<Link> links,
        List<Contact> contacts,
        String callToAction,
        String question,
        List<PlanEntry> plan,
        String trackingCampaign) {

    public CampaignYear {
        figures = List.copyOf(figures);
        keyMessages = List.copyOf(keyMessages);
        shortMessages = List.copyOf(shortMessages);
        quotes = List.copyOf(quotes);
        hashtags = List.copyOf(hashtags);
        links = List.copyOf(links);
        contacts = List.copyOf(contacts);
        plan = List.copyOf(plan);
    }

    public Optional<Figure> figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Quote> quote(String id) {
        return quotes.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Link> link(String id) {
        return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Whether posts' links get campaign tracking parameters. */
    public boolean tracked() {
        return trackingCampaign != null && !trackingCampaign.isBlank();
    }

    /** The link posts carry: the one marked primary, else the first. */
    public Optional<Link> primaryLink() {
        return links.stream().filter(Link::primary).findFirst().or(() -> links.stream().findFirst());
    }
}
