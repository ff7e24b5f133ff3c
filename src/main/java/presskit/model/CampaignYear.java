package presskit.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything one report year says: the report, its survey, figures, messages, links and contacts,
 * the call to action for colleagues and what local posts say ({@code local}, null when the year has
 * none).
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
        Local local,
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

    /**
     * This year with {@code fill} applied to every text that may hold placeholders: the release's
     * lede and body, the key and short messages, the call to action and the local question.
     */
    public CampaignYear withTexts(UnaryOperator<String> fill) {
        Release filled =
                new Release(
                        release.headline(),
                        fill.apply(release.lede()),
                        release.body().stream().map(fill).toList(),
                        release.figureIds(),
                        release.quoteIds());
        return new CampaignYear(
                year,
                report,
                survey,
                figures,
                filled,
                filledMessages(keyMessages, fill),
                filledMessages(shortMessages, fill),
                quotes.stream()
                        .map(q -> new Quote(q.id(), q.speaker(), q.role(), fill.apply(q.text())))
                        .toList(),
                hashtags,
                links,
                contacts,
                fill.apply(callToAction),
                local == null ? null : local.withQuestion(fill.apply(local.question())),
                plan,
                trackingCampaign);
    }

    private static List<Message> filledMessages(
            List<Message> messages, UnaryOperator<String> fill) {
        return messages.stream()
                .map(
                        m ->
                                new Message(
                                        m.id(),
                                        fill.apply(m.text()),
                                        m.shortForm() == null ? null : fill.apply(m.shortForm())))
                .toList();
    }

    /** Whether posts' links get campaign tracking parameters. */
    public boolean tracked() {
        return trackingCampaign != null && !trackingCampaign.isBlank();
    }

    /** The link posts carry: the one marked primary, else the first. */
    public Optional<Link> primaryLink() {
        return links.stream()
                .filter(Link::primary)
                .findFirst()
                .or(() -> links.stream().findFirst());
    }
}
