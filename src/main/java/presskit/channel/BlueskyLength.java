package presskit.channel;

import java.util.OptionalInt;

/**
 * Bluesky's length: extended grapheme clusters, with a second bound on the UTF-8 size of the text.
 *
 * <p>The post record's lexicon ({@code app.bsky.feed.post}) caps {@code text} at 300 graphemes and
 * 3000 bytes; the byte cap only bites for scripts and emoji that need many bytes per grapheme.
 * Links are facets over the visible text, and Bluesky's app posts a link shortened to its host and
 * at most 15 characters of path ({@code via.tt.se/pressmeddel...}), so a link counts as that
 * shortened text: {@link BlueskyText} makes it. Lengths are remembered, up to a bound, because
 * fitting and checking a post measure the same text several times.
 */
public final class BlueskyLength implements LengthRule {

    /** The byte bound of Bluesky's post record. */
    public static final int DEFAULT_MAX_BYTES = 3000;

    private final int maxBytes;
    private final Remembered remembered = new Remembered();

    /** Bluesky's own bounds. */
    public BlueskyLength() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxBytes the largest UTF-8 size of a post
     */
    public BlueskyLength(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("'maxBytes' must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The largest UTF-8 size of a post. */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Every instance with the same byte bound counts alike: the lengths each remembers are its own.
     */
    @Override
    public boolean equals(Object other) {
        return other != null
                && other.getClass() == getClass()
                && ((BlueskyLength) other).maxBytes == maxBytes;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(maxBytes);
    }

    @Override
    public String toString() {
        return "BlueskyLength[maxBytes=" + maxBytes + "]";
    }

    @Override
    public int length(String text) {
        return remembered.length(text, () -> Graphemes.count(shown(text)));
    }

    /**
     * The text as Bluesky shows it once posted: every link in its short form ({@link
     * BlueskyText#of}, the same text the publisher posts).
     */
    static String shown(String text) {
        return BlueskyText.of(text).text();
    }

    /** Bluesky's app's short form of a link: {@link BlueskyText#shortUrl}. */
    static String shortUrl(String url) {
        return BlueskyText.shortUrl(url);
    }

    @Override
    public OptionalInt byteLimit() {
        return OptionalInt.of(maxBytes);
    }

    /** Within {@code limit} graphemes and within the byte bound. */
    @Override
    public boolean fits(String text, int limit) {
        return utf8Bytes(text) <= maxBytes && length(text) <= limit;
    }

    /** The UTF-8 size of {@code text}, without encoding it. */
    static int utf8Bytes(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                // A lone surrogate reaches the network as U+FFFD, three bytes in UTF-8.
                bytes += 3;
            }
        }
        return bytes;
    }
}
