package presskit.plan;

import java.util.List;
import presskit.channel.Channel;
import presskit.model.Hashtag;
import presskit.model.Link;
import presskit.model.Message;
import presskit.model.Organisation;
import presskit.model.Release;
import presskit.model.Report;
import presskit.variant.FigureView;
import presskit.variant.Variant;

/**
 * What a post template ({@code <channel>/*.txt.ftl}, {@code lib/posts.ftl}) sees; templates read
 * each component as a property ({@code ${message.text}}).
 *
 * @param org the organisation
 * @param report the report the year launches
 * @param release the year's press release (its headline and lede open the long post)
 * @param variant whom the post is for
 * @param place whether figures should say where they apply (every edition but the national one)
 * @param headlineRegion the region a regional headline names, when the edition is a region with
 *     figures of its own; null otherwise
 * @param figuresAreNational whether a regional edition has only national figures, which the text
 *     must say
 * @param figures the release's key figures as this edition says them
 * @param hashtags the year's hashtags
 * @param link the primary link, tracked for this channel when the year asks for it; null when there
 *     is none
 * @param channel the network the post is for
 * @param message the short or key message of a national post; null in other posts
 * @param figure the figure of a regional post, or the figure a local post quotes ({@code
 *     local.figure}); null otherwise
 * @param question the question local posts put to the committee ({@code local.question})
 * @param committee the committee a local post addresses: the branch file's, else the year's {@code
 *     local.committee}
 * @param mentions in a local post, the politicians named or tagged in the post, chair first
 * @param replyMentions in a local post, the politicians tagged in a reply when tagging everyone
 *     does not fit
 */
public record PostView(
        Organisation org,
        Report report,
        Release release,
        Variant variant,
        boolean place,
        String headlineRegion,
        boolean figuresAreNational,
        List<FigureView> figures,
        List<Hashtag> hashtags,
        Link link,
        Channel channel,
        Message message,
        FigureView figure,
        String question,
        String committee,
        List<String> mentions,
        List<String> replyMentions) {

    public PostView {
        figures = List.copyOf(figures);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        replyMentions = List.copyOf(replyMentions);
    }

    /** The same post with the message in its shorter form ({@link Message#shortened()}). */
    PostView withShortMessage() {
        return new PostView(
                org,
                report,
                release,
                variant,
                place,
                headlineRegion,
                figuresAreNational,
                figures,
                hashtags,
                link,
                channel,
                message.shortened(),
                figure,
                question,
                committee,
                mentions,
                replyMentions);
    }

    /** The same post with other politicians in the post and in the reply. */
    PostView withMentions(List<String> inPost, List<String> inReply) {
        return new PostView(
                org,
                report,
                release,
                variant,
                place,
                headlineRegion,
                figuresAreNational,
                figures,
                hashtags,
                link,
                channel,
                message,
                figure,
                question,
                committee,
                inPost,
                inReply);
    }
}
