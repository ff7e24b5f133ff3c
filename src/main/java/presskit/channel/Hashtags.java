package presskit.channel;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds hashtags in a post the way one network does, so the validator can check them and spot
 * duplicates.
 *
 * <p>X uses twitter-text's {@link Extractor}. The other networks use a Unicode-aware rule: {@code
 * #} followed by letters, combining marks, digits and underscores, with at least one letter, not
 * directly after a letter, digit, {@code &} or {@code /} (an HTML entity or a URL fragment).
 * Bluesky follows its app's own rule ({@link #bluesky()}). Every way {@code #välfärd} and {@code
 * #arbetsmiljö} are whole tags.
 */
public final class Hashtags {

    static final Pattern UNICODE_TAG =
            Pattern.compile(
                    "(?<![\\p{L}\\p{M}\\p{Nd}_&/#＃])[#＃]([\\p{L}\\p{M}\\p{Nd}_]*\\p{L}[\\p{L}\\p{M}\\p{Nd}_]*)");

    private final Function<String, List<String>> extractor;

    private Hashtags(Function<String, List<String>> extractor) {
        this.extractor = extractor;
    }

    /** twitter-text's hashtag rule, as X finds tags. */
    public static Hashtags twitterText() {
        return new Hashtags(text -> new Extractor().extractHashtags(text));
    }

    /** The Unicode hashtag rule the other networks follow. */
    public static Hashtags unicode() {
        return new Hashtags(Hashtags::unicodeTags);
    }

    /**
     * Bluesky's rule, as its app makes tag facets ({@link BlueskyText}): after a space or the
     * start, up to the next space, final punctuation left out, not digits alone.
     */
    public static Hashtags bluesky() {
        return new Hashtags(BlueskyText::tags);
    }

    /**
     * The hashtag rule of the channel with this id.
     *
     * @throws IllegalArgumentException for an unknown channel id
     */
    public static Hashtags forChannel(String channelId) {
        return Network.find(channelId)
                .map(Network::hashtags)
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown channel '" + channelId + "'"));
    }

    /** The hashtags in {@code text}, without '#', as written and in order (duplicates included). */
    public List<String> extract(String text) {
        return extractor.apply(text);
    }

    /**
     * What {@link #UNICODE_TAG}'s {@code find()} finds, tried only where a tag can start (at a '#'
     * or '＃'): its look-behind tried at every character was a sixth of a warm rebuild, checking
     * thousands of posts for repeated tags.
     */
    static List<String> unicodeTags(String text) {
        List<String> tags = new ArrayList<>();
        Matcher m = UNICODE_TAG.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = nextSign(text, 0);
        while (at >= 0) {
            if (m.region(at, text.length()).lookingAt()) {
                tags.add(m.group(1));
                at = nextSign(text, m.end());
            } else {
                at = nextSign(text, at + 1);
            }
        }
        return tags;
    }

    private static int nextSign(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' || c == '＃') {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code token} (with its '#') is exactly one hashtag on this network. */
    public boolean isHashtag(String token) {
        List<String> tags = extract(token);
        return tags.size() == 1 && token.length() == tags.get(0).length() + 1;
    }

    /**
     * The hashtags written more than once in {@code text}, compared case-insensitively ({@code
     * #Välfärd} and {@code #välfärd} are one tag), each reported once, as first written, without
     * '#'.
     */
    public List<String> duplicates(String text) {
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String tag : extract(text)) {
            String key = tag.toLowerCase(Locale.ROOT);
            firstSpelling.putIfAbsent(key, tag);
            counts.merge(key, 1, Integer::sum);
        }
        List<String> duplicates = new ArrayList<>();
        counts.forEach(
                (key, count) -> {
                    if (count > 1) {
                        duplicates.add(firstSpelling.get(key));
                    }
                });
        return duplicates;
    }
}
