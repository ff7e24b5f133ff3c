package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import presskit.channel.CamelCaseHint;
import presskit.channel.Channels;
import presskit.channel.Hashtags;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.kit.Posted;
import presskit.model.FillIn;
import presskit.model.Hashtag;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;

/**
 * The year's hashtags are whole tags on every network (X's own extractor for X), none is repeated
 * in a post, and multi-word tags get a CamelCase hint for screen readers.
 */
final class HashtagRule implements Rule {

    private final Channels channels;

    HashtagRule(Channels channels) {
        this.channels = channels;
    }

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        SourceMap sources = campaign.year();
        List<Hashtag> tags = campaign.campaign().year().hashtags();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i).tag();
            if (FillIn.marks(tag)) {
                // The form's mark: FillInRule says what to write; one finding for the line.
                continue;
            }
            String field = "hashtags[" + i + "].tag";
            for (String channel : channels.ids()) {
                if (!Hashtags.forChannel(channel).isHashtag(tag)) {
                    found.add(
                            sources.error(
                                    field,
                                    "'"
                                            + tag
                                            + "' is not one whole hashtag on "
                                            + channels.get(channel).name()
                                            + "; use letters, digits and _ only, without spaces"));
                    break;
                }
            }
            CamelCaseHint.of(tag)
                    .ifPresent(hint -> found.add(sources.warning(field, hint.message())));
        }
        // Repeats are found with the Unicode tag rule on every network: twitter-text's extractor
        // finds the same
        // tags in these posts but costs milliseconds a post, which thousands of local posts cannot
        // afford.
        Hashtags rule = Hashtags.unicode();
        for (Posted post : kit.posts()) {
            for (String text : post.texts()) {
                List<String> twice = rule.duplicates(text);
                if (!twice.isEmpty()) {
                    found.add(
                            Diagnostic.error(
                                    post.path(),
                                    0,
                                    0,
                                    post.id().toString(),
                                    "the post repeats "
                                            + String.join(
                                                    ", ",
                                                    twice.stream().map(t -> "#" + t).toList())));
                }
            }
        }
        return found;
    }
}
