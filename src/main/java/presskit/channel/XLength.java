package presskit.channel;

import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParser;

/**
 * X's weighted length, computed by the official twitter-text library (v3 rules).
 *
 * <p>The text is NFC-normalised first, most Latin, Swedish and punctuation code points weigh 1, CJK
 * and other code points 2, an emoji sequence (skin tone, ZWJ family, flag) 2 as a whole, and every
 * URL — with or without a scheme — 23.
 *
 * <p>Speed matters with thousands of posts: twitter-text spends about 80 % of its time matching its
 * emoji pattern at every position. A text made only of code points that cannot begin an emoji
 * (Latin, Swedish, general punctuation such as – and •) is measured with the library's own emoji
 * parsing switched off, which cannot change its result; anything else takes the full path. Results
 * are also remembered, up to a bound, because fitting a post measures the same candidates again and
 * again.
 */
public final class XLength implements LengthRule {

    private static final TwitterTextConfiguration FULL =
            TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
    private static final TwitterTextConfiguration WITHOUT_EMOJI =
            new TwitterTextConfiguration.Builder()
                    .setVersion(FULL.getVersion())
                    .setMaxWeightedTweetLength(FULL.getMaxWeightedTweetLength())
                    .setScale(FULL.getScale())
                    .setDefaultWeight(FULL.getDefaultWeight())
                    .setTransformedURLLength(FULL.getTransformedURLLength())
                    .setRanges(FULL.getRanges())
                    .setEmojiParsingEnabled(false)
                    .build();

    private final Remembered remembered = new Remembered();

    /** Every instance counts alike: the lengths each remembers are its own. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return XLength.class.hashCode();
    }

    @Override
    public int length(String text) {
        return remembered.length(
                text,
                () ->
                        TwitterTextParser.parseTweet(text, emojiFree(text) ? WITHOUT_EMOJI : FULL)
                                .weightedLength);
    }

    /**
     * Whether no code point of {@code text} can begin an emoji: everything below U+2000 but © and
     * ®, and the General Punctuation block but ‼ and ⁉. Keycaps need U+20E3 and flags regional
     * indicators, both above.
     */
    static boolean emojiFree(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x2000) {
                if (c == 0x00A9 || c == 0x00AE) {
                    return false;
                }
            } else if (c > 0x206F || c == 0x203C || c == 0x2049) {
                return false;
            }
        }
        return true;
    }
}
