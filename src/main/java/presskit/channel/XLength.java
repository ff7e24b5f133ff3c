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
        // Plain text is counted sooner than it is looked up, and without loading the library.
        if (plain(text)) {
            return plainLength(text);
        }
        return remembered.length(text, () -> measure(text));
    }

    /**
     * The weighted length, in time linear in the text.
     *
     * <p>twitter-text looks for a link at every position among all the text's links, so a long text
     * with many links takes time that grows with their product (a megabyte took 20 s). A text is
     * therefore measured in pieces of at least {@link #PIECE} characters, cut just after a space or
     * a line break that a visible character follows, and the pieces' lengths are added. That cannot
     * change the result: a link never spans a space and may begin at the start of a text as after a
     * space; a space composes with nothing under NFC; every weight is a whole multiple of the
     * scale, so no rounding is lost; and each piece holds a visible character, so the library never
     * mistakes it for an empty text.
     */
    static int measure(String text) {
        if (text.length() <= 2 * PIECE) {
            return weighted(text);
        }
        int total = 0;
        int start = 0;
        boolean visible = false;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            visible |= c > ' ';
            if (visible
                    && i + 1 - start >= PIECE
                    && (c == ' ' || c == '\n')
                    && text.charAt(i + 1) > ' ') {
                total += weighted(text.substring(start, i + 1));
                start = i + 1;
                visible = false;
            }
        }
        return total + weighted(text.substring(start));
    }

    /** Characters in a piece of a long text, before it may be cut at the next space. */
    static final int PIECE = 500;

    private static int weighted(String text) {
        if (plain(text)) {
            return plainLength(text);
        }
        return TwitterTextParser.parseTweet(
                        text, emojiFree(text) ? Rules.WITHOUT_EMOJI : Rules.FULL)
                .weightedLength;
    }

    /**
     * Whether {@code text} weighs one per character under twitter-text's v3 rules, so that it need
     * not be parsed: every character below U+0300 (Latin, Swedish letters, ASCII punctuation) but
     * the emoji © and ®, and no full stop. Such a text is already NFC (no character below U+0300
     * decomposes or composes with another), each of its code points weighs 1 (the range 0–4351), no
     * emoji can begin in it, no invalid character (U+FFFE, U+FEFF, U+FFFF) is in it, and it holds
     * no link, because the library finds none in a text without a full stop. Parsing would cost a
     * cold start of a plain {@code count} far more than its JVM's start: the library's first parse
     * compiles all of its patterns (links, top-level domains) in the interpreter.
     */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0300 || c == '.' || c == 0x00A9 || c == 0x00AE) {
                return false;
            }
        }
        return true;
    }

    /** The weighted length of a {@link #plain} text: the library's 0 for a blank one. */
    private static int plainLength(String text) {
        return text.trim().isEmpty() ? 0 : text.length();
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

    /** The library's rules, made when a text first needs the library (a plain text does not). */
    private static final class Rules {
        static final TwitterTextConfiguration FULL = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        static final TwitterTextConfiguration WITHOUT_EMOJI =
                new TwitterTextConfiguration.Builder()
                        .setVersion(FULL.getVersion())
                        .setMaxWeightedTweetLength(FULL.getMaxWeightedTweetLength())
                        .setScale(FULL.getScale())
                        .setDefaultWeight(FULL.getDefaultWeight())
                        .setTransformedURLLength(FULL.getTransformedURLLength())
                        .setRanges(FULL.getRanges())
                        .setEmojiParsingEnabled(false)
                        .build();
    }
}
