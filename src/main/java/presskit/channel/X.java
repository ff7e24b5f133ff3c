package presskit.channel;

import com.twitter.twittertext.Extractor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** X (Twitter): 280 weighted characters per twitter-text, threads; presskit posts to it. */
public record X() implements Network {

    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{1,15}");

    @Override
    public String id() {
        return "x";
    }

    @Override
    public String name() {
        return "X";
    }

    @Override
    public int defaultLimit() {
        return 280;
    }

    @Override
    public LengthRule defaultRule() {
        return new XLength();
    }

    @Override
    public Counting counting() {
        return Counting.TWITTER_TEXT;
    }

    @Override
    public Hashtags hashtags() {
        return Hashtags.twitterText();
    }

    /** {@code @} and 1–15 of {@code [A-Za-z0-9_]}, found in text by twitter-text's extractor. */
    @Override
    public Optional<MentionSyntax> mentions() {
        return Optional.of(
                new MentionSyntax() {
                    @Override
                    public boolean isValid(String handle) {
                        return HANDLE.matcher(handle).matches();
                    }

                    @Override
                    public String expected() {
                        return "'@' followed by 1 to 15 letters A-Z, digits or '_', e.g. @Exempel_Ombud";
                    }

                    @Override
                    public List<String> extract(String text) {
                        return new Extractor()
                                .extractMentionedScreennames(text).stream()
                                        .map(name -> "@" + name)
                                        .toList();
                    }
                });
    }

    @Override
    public Optional<Composer> composer(Optional<String> mastodonInstance) {
        return Optional.of(Composer.text("https://x.com/intent/post?text="));
    }

    @Override
    public String profile(String account) {
        return "https://x.com/" + account.substring(1);
    }

    @Override
    public boolean threads() {
        return true;
    }

    @Override
    public boolean publishable() {
        return true;
    }

    @Override
    public PostKinds defaultOutputs() {
        return new PostKinds(
                Set.of(PostKind.SHORT, PostKind.KEY),
                Set.of(PostKind.REGIONAL),
                Set.of(PostKind.LOCAL));
    }
}
