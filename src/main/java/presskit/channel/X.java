package presskit.channel;

import com.twitter.twittertext.Extractor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** X (Twitter): 280 weighted characters per twitter-text, threads; presskit posts to it. */
public record X() implements Network {

    private static final String COMPOSER = "https://x.com/intent/post?text=";

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
                        return Handle.PATTERN.matcher(handle).matches();
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
        return Optional.of(Composer.text(COMPOSER));
    }

    /**
     * The composer link with {@code text} filled in, as a reply to the post {@code inReplyTo} when
     * given: what a person opens to post a part by hand from their own account.
     */
    public String shareLink(String text, Optional<String> inReplyTo) {
        return Composer.text(COMPOSER).open(text).orElseThrow()
                + inReplyTo.map(id -> "&in_reply_to=" + IntentLinks.encode(id)).orElse("");
    }

    /** A post with a link costs more since 2026: any address twitter-text finds counts. */
    @Override
    public BigDecimal cost(String text, PostPrices prices) {
        return prices.of(!new Extractor().extractURLs(text).isEmpty());
    }

    /**
     * X's developer rules forbid unsolicited @mentions ("Post tweets: No unsolicited @mentions"),
     * and since February 2026 further restrict mentioning people through the API.
     */
    @Override
    public MentionPolicy mentionPolicy() {
        return MentionPolicy.REFUSED;
    }

    /**
     * The pay-per-use prices since 20 April 2026: $0.015 per post, $0.20 per post with a link (X's
     * pricing page).
     */
    @Override
    public Optional<PostPrices> prices() {
        return Optional.of(new PostPrices(new BigDecimal("0.015"), new BigDecimal("0.20")));
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

    /**
     * The pattern of a handle, compiled when a handle is first checked rather than with the class:
     * a count needs none, and a JVM's first pattern is its slowest.
     */
    private static final class Handle {
        static final Pattern PATTERN = Pattern.compile("@[A-Za-z0-9_]{1,15}");
    }
}
