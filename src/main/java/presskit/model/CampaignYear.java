package presskit.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything one report year says: the report, its survey, figures, messages, links, contacts and
 * boilerplate (both empty when the organisation's hold), the call to action for colleagues and what
 * local posts say ({@code local}, null when the year has none), and the year's own press images
 * ({@code images}, shown before the organisation's).
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
        List<String> boilerplate,
        String callToAction,
        Local local,
        List<PlanEntry> plan,
        String trackingCampaign,
        List<PressImage> images) {

    public CampaignYear {
        figures = List.copyOf(figures);
        keyMessages = List.copyOf(keyMessages);
        shortMessages = List.copyOf(shortMessages);
        quotes = List.copyOf(quotes);
        hashtags = List.copyOf(hashtags);
        links = List.copyOf(links);
        contacts = List.copyOf(contacts);
        boilerplate = List.copyOf(boilerplate);
        plan = List.copyOf(plan);
        images = List.copyOf(images);
    }

    public Optional<Figure> figure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst();
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
                        release.figureIds());
        return new CampaignYear(
                year,
                report,
                survey,
                figures,
                filled,
                filledMessages(keyMessages, fill),
                filledMessages(shortMessages, fill),
                quotes.stream().map(q -> q.withText(fill.apply(q.text()))).toList(),
                hashtags,
                links,
                contacts,
                boilerplate,
                fill.apply(callToAction),
                local == null ? null : local.withQuestion(fill.apply(local.question())),
                plan,
                trackingCampaign,
                images);
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

    /**
     * The link posts carry: the one marked primary (which the loader makes sure posts may carry),
     * else the first that posts may carry.
     */
    public Optional<Link> primaryLink() {
        return links.stream()
                .filter(Link::primary)
                .findFirst()
                .or(() -> links(LinkUse.POSTS).stream().findFirst());
    }

    /** The links that may appear in {@code use}, in the year's order. */
    public List<Link> links(LinkUse use) {
        return links.stream().filter(l -> l.allowedIn(use)).toList();
    }

    /**
     * The link the release's "Läs mer" gives: the primary link where the release may carry it, else
     * the first the release may carry; none when the release may carry none, so a release never
     * points at a page it must not (its own copy in the press room, a newspaper's article).
     */
    public Optional<Link> releaseLink() {
        return primaryLink()
                .filter(l -> l.allowedIn(LinkUse.RELEASE))
                .or(() -> links(LinkUse.RELEASE).stream().findFirst());
    }

    /**
     * The quotes the release carries: those marked {@code in_release}, in the year's order. No
     * other quote appears in any output.
     */
    public List<Quote> releaseQuotes() {
        return quotes.stream().filter(Quote::inRelease).toList();
    }
}
