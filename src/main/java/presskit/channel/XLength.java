package presskit.channel;

import com.twitter.twittertext.TwitterTextParser;

/**
 * X's weighted length, computed by the official twitter-text library (v3 rules).
 *
 * <p>The text is NFC-normalised first, most Latin, Swedish and punctuation code points weigh 1, CJK and
 * other code points 2, an emoji sequence (skin tone, ZWJ family, flag) 2 as a whole, and every URL —
 * with or without a scheme — 23.
 */
public record XLength() implements LengthRule {

    @Override
    public int length(String text) {
        return TwitterTextParser.parseTweet(text).weightedLength;
    }
}
