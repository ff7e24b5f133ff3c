package presskit.channel;

import com.twitter.twittertext.TwitterTextParser;

/** X's weighted length, computed by the official twitter-text library (v3 rules). */
public final class XLength implements LengthRule {

    @Override
    public int length(String text) {
        return TwitterTextParser.parseTweet(text).weightedLength;
    }
}
