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
 * @param regionalNews whether the edition is a region with figures of its own
 * @param lede the release's lede as this edition says it (see {@code DocumentView})
 * @param briefLede the lede of a short post: in a region with figures of its own, its first figure
 *     compared with the national one
 * @param keyMessages the year's key messages, for the long post
 * @param views the key messages that name no figure: the organisation's views
 * @param moreFigures the release's figures the key messages do not say, each as a sentence
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
        boolean regionalNews,
        String lede,
        String briefLede,
        List<Message> keyMessages,
        List<Message> views,
        List<String> moreFigures,
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
        keyMessages = List.copyOf(keyMessages);
        views = List.copyOf(views);
        moreFigures = List.copyOf(moreFigures);
        figures = List.copyOf(figures);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        replyMentions = List.copyOf(replyMentions);
    }

    /** This view on {@code network}, with the link posts there carry. */
    PostView on(Channel network, Link tracked) {
        return copy(tracked, network, message, figure, committee, mentions, replyMentions);
    }

    /** This view for one post: its message, its figure and the politicians it names. */
    PostView about(Message text, FigureView quoted, List<String> inPost) {
        return copy(link, channel, text, quoted, committee, inPost, List.of());
    }

    /** The same post with the message in its shorter form ({@link Message#shortened()}). */
    PostView withShortMessage() {
        return copy(link, channel, message.shortened(), figure, committee, mentions, replyMentions);
    }

    /** The same post with other politicians in the post and in the reply. */
    PostView withMentions(List<String> inPost, List<String> inReply) {
        return copy(link, channel, message, figure, committee, inPost, inReply);
    }

    /** The same post addressing {@code otherCommittee}, with other politicians. */
    PostView withCommittee(String otherCommittee, List<String> inPost, List<String> inReply) {
        return copy(link, channel, message, figure, otherCommittee, inPost, inReply);
    }

    /** This view with the edition's parts kept and the post's own parts as given. */
    private PostView copy(
            Link tracked,
            Channel network,
            Message text,
            FigureView quoted,
            String addressed,
            List<String> inPost,
            List<String> inReply) {
        return new PostView(
                org,
                report,
                release,
                variant,
                place,
                headlineRegion,
                regionalNews,
                lede,
                briefLede,
                keyMessages,
                views,
                moreFigures,
                figures,
                hashtags,
                tracked,
                network,
                text,
                quoted,
                question,
                addressed,
                inPost,
                inReply);
    }
}
