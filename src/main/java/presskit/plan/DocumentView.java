package presskit.plan;

import java.util.List;
import presskit.model.Contact;
import presskit.model.Hashtag;
import presskit.model.Link;
import presskit.model.Message;
import presskit.model.Organisation;
import presskit.model.Quote;
import presskit.model.Release;
import presskit.model.Report;
import presskit.model.Survey;
import presskit.variant.FigureView;
import presskit.variant.Variant;

/**
 * What a document template ({@code release/*}, {@code sheet/*}) sees; templates read each component
 * as a property ({@code ${release.lede}}).
 *
 * @param org the organisation, its boilerplate the year's own where the year gives one
 * @param report the report the year launches; {@code report.published} and {@code report.embargo}
 *     may be missing (test them with {@code ??})
 * @param release the year's press release
 * @param survey how the report's survey was made; null when the year does not say
 * @param variant whom the document is for
 * @param place whether figures should say where they apply: a region with figures of its own; a
 *     region without any gets the national documents
 * @param headlineRegion the region a regional headline names, when the edition is a region with
 *     figures of its own; null otherwise
 * @param lede the release's lede: built from the region's own figures in a region with them
 * @param figures the release's key figures as this edition says them
 * @param inBrief "Siffror i korthet": the release's figures that its text does not say, each as a
 *     sentence; empty when the text says them all
 * @param inBriefNational the national figures of a regional "Siffror i korthet" when there are more
 *     than one, said once under {@code sv.nationalHeading}
 * @param allFigures every figure of the year as this edition says them
 * @param quotes the quotes approved for the release ({@code in_release}); no other quote
 * @param contacts the press contacts
 * @param link in a release, the link its "Läs mer" gives; in a message sheet, the primary link;
 *     null when the document may carry none
 * @param links the year's links this document may carry ({@code links[].in})
 * @param keyMessages the year's key messages
 * @param shortMessages the year's short messages
 * @param hashtags the year's hashtags
 * @param callToAction what colleagues are asked to do; may be empty
 */
public record DocumentView(
        Organisation org,
        Report report,
        Release release,
        Survey survey,
        Variant variant,
        boolean place,
        String headlineRegion,
        String lede,
        List<FigureView> figures,
        List<String> inBrief,
        List<String> inBriefNational,
        List<FigureView> allFigures,
        List<Quote> quotes,
        List<Contact> contacts,
        Link link,
        List<Link> links,
        List<Message> keyMessages,
        List<Message> shortMessages,
        List<Hashtag> hashtags,
        String callToAction) {

    public DocumentView {
        figures = List.copyOf(figures);
        inBrief = List.copyOf(inBrief);
        inBriefNational = List.copyOf(inBriefNational);
        allFigures = List.copyOf(allFigures);
        quotes = List.copyOf(quotes);
        contacts = List.copyOf(contacts);
        links = List.copyOf(links);
        keyMessages = List.copyOf(keyMessages);
        shortMessages = List.copyOf(shortMessages);
        hashtags = List.copyOf(hashtags);
    }
}
