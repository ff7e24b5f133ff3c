package presskit.channel;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon's length: grapheme clusters of the text after every link is replaced by a fixed-size
 * placeholder and every mention is shortened to its local part.
 *
 * <p>This mirrors Mastodon's {@code StatusLengthValidator}: links are found with twitter-text's URL
 * extractor with {@code extract_url_without_protocol: false} (so only {@code http(s)://} links get
 * the concession; {@code exempel.se/rapport} counts as written), each counts {@code urlLength} (23
 * by default, the instance's {@code characters_reserved_per_url}); mentions are found with
 * Mastodon's {@code Account::MENTION_RE} and {@code @user@domain} counts as {@code @user}; the
 * result is counted in grapheme clusters. Overlapping entities keep the earlier one, as Mastodon's
 * {@code remove_overlapping_entities} does.
 *
 * @param urlLength how much every {@code http(s)} link counts
 */
public final class MastodonLength implements LengthRule {

    /** Mastodon's default {@code characters_reserved_per_url}. */
    public static final int DEFAULT_URL_LENGTH = 23;

    // Account::MENTION_RE: a username of [a-z0-9_] runs joined by '.' or '-', optionally @domain;
    // not after '=', '/' or a word character.
    private static final Pattern MENTION =
            Pattern.compile(
                    "(?<![=/\\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@\\w+(?:[.-]+\\w+)*)?",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    // twitter-text's end_mention_match: a mention directly followed by '@', a Latin accent or "://"
    // is no mention.
    private static final Pattern END_MENTION =
            Pattern.compile(
                    "(?:[@\uFF20\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0100-\u024F\u0300-\u036F\u1E00-\u1EFF]|://)");

    /** Mastodon's default counting. */
    public MastodonLength() {
        this(DEFAULT_URL_LENGTH);
    }

    private final int urlLength;
    private final Remembered remembered = new Remembered();

    public MastodonLength(int urlLength) {
        if (urlLength < 0) {
            throw new IllegalArgumentException(
                    "'urlLength' must not be negative, was " + urlLength);
        }
        this.urlLength = urlLength;
    }

    /** How much every link counts. */
    public int urlLength() {
        return urlLength;
    }

    @Override
    public boolean equals(Object other) {
        return other != null
                && other.getClass() == getClass()
                && ((MastodonLength) other).urlLength == urlLength;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(urlLength);
    }

    @Override
    public OptionalInt linkLength() {
        return OptionalInt.of(urlLength);
    }

    @Override
    public int length(String text) {
        return remembered.length(text, () -> Graphemes.count(countableText(text)));
    }

    /**
     * The text Mastodon counts: links replaced by {@code urlLength} x's, mentions by {@code @user}.
     */
    String countableText(String text) {
        List<Span> spans = new ArrayList<>();
        Extractor urls = new Extractor();
        urls.setExtractURLWithoutProtocol(false);
        for (Extractor.Entity url : urls.extractURLsWithIndices(text)) {
            spans.add(new Span(url.getStart(), url.getEnd(), "x".repeat(urlLength)));
        }
        for (MatchResult m : mentions(text)) {
            spans.add(new Span(m.start(), m.end(), "@" + m.group(1)));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span span : spans) {
            if (span.start() < at) {
                continue; // overlaps an earlier entity
            }
            out.append(text, at, span.start()).append(span.replacement());
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The mentions Mastodon finds in {@code text}; group 1 is the username without its domain. */
    static List<MatchResult> mentions(String text) {
        List<MatchResult> found = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return found; // every mention starts with '@'; spares the pattern a scan
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (!END_MENTION.matcher(text).region(m.end(), text.length()).lookingAt()) {
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    private record Span(int start, int end, String replacement) {}
}
