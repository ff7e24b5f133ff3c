package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import presskit.channel.Channels;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.kit.PostThread;
import presskit.kit.Posted;
import presskit.model.Message;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;
import presskit.variant.VariantKind;

/**
 * A key message that becomes a thread on a network although it misses one post by less than a tenth
 * of the limit is a warning at its line: a few words less, or a {@code short:} form, and it would
 * be one post, which readers share more readily than a thread.
 */
final class NearMissRule implements Rule {

    /** A key message within this share of the limit (a tenth) is worth tightening. */
    private static final int TENTHS = 10;

    private final Channels channels;

    NearMissRule(Channels channels) {
        this.channels = channels;
    }

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        List<Message> messages = campaign.campaign().year().keyMessages();
        SourceMap sources = campaign.year();
        for (Posted posted : kit.posts()) {
            if (!(posted instanceof PostThread thread)
                    || posted.id().level() != VariantKind.NATIONAL
                    || !posted.id().kind().equals("key")) {
                continue;
            }
            int over = thread.asOnePost() - thread.limit();
            if (over <= 0 || over * TENTHS >= thread.limit()) {
                continue;
            }
            int index = Integer.parseInt(thread.id().name()) - 1;
            if (index < 0 || index >= messages.size()) {
                continue;
            }
            String field = "messages.key[" + index + "]";
            found.add(
                    sources.warning(
                            field, message(thread, over, messages.get(index).shortForm() != null)));
        }
        return found;
    }

    private String message(PostThread thread, int over, boolean hasShort) {
        String network =
                channels.ids().contains(thread.network())
                        ? channels.get(thread.network()).name()
                        : thread.network();
        String counted =
                "as one "
                        + network
                        + " post it is "
                        + thread.asOnePost()
                        + " long, "
                        + over
                        + (over == 1 ? " character" : " characters")
                        + " over the limit of "
                        + thread.limit()
                        + ", so it becomes a thread of "
                        + thread.parts().size()
                        + " parts";
        return hasShort
                ? counted + "; its 'short:' form does not make one post either: tighten that form"
                : counted
                        + "; tighten it by "
                        + over
                        + " or more, or give it a shorter form that fits one post"
                        + " (write the message as 'text: …' and add 'short: …')";
    }
}
