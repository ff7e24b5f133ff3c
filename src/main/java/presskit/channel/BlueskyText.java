package presskit.channel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's text as Bluesky's record holds it: links shortened as the app shows them, with facets
 * over UTF-8 byte ranges.
 *
 * <p>Bluesky's app finds links, mentions and tags in what was written (the AT Protocol SDK's {@code
 * RichText.detectFacets}), then replaces each link by its short form ({@code shortenLinks}, {@code
 * toShortUrl}) and posts that text: the record's 300 graphemes are counted on it, and each link
 * facet keeps the full address. This is the one place presskit makes that text, for counting, for
 * the press-kit page's counter (which ports {@link #shortUrl}) and for publishing.
 *
 * <p>As the app: a link is {@code http://} or {@code https://} after the start, a space or '(', up
 * to the next space, without one final {@code . , ; : ! ?} and then without one final ')' when it
 * has no '('. A tag is '#' or '＃' after the start or a space, up to the next space, holding
 * something besides digits and punctuation, without its final punctuation, at most 64 graphemes. A
 * mention is '@' and a handle after the start, a space or '('. Unlike the app, a bare domain
 * ({@code exempel.se}) is not made a link: that takes the list of top-level domains.
 *
 * @param text the text as posted
 * @param facets the links, tags and mentions in it, by position, none overlapping
 */
public record BlueskyText(String text, List<Facet> facets) {

    // JavaScript's \s: the app's patterns run in JavaScript, where a no-break space ends a link.
    private static final String SPACE =
            "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private static final Pattern LINK =
            Pattern.compile(
                    "(?<![^" + SPACE + "(])https?://[^" + SPACE + "]+", Pattern.CASE_INSENSITIVE);
    // A JavaScript \b after the handle: the word characters there are ASCII only.
    private static final Pattern MENTION =
            Pattern.compile(
                    "(?<![^"
                            + SPACE
                            + "(])@([a-zA-Z0-9.-]+)"
                            + "(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))");
    // The SDK's TAG_REGEX, with its invisible characters that end a tag.
    private static final String INVISIBLE = "\\u00AD\\u2060\\u200A\\u200B\\u200C\\u200D\\u20E2";
    private static final Pattern TAG =
            Pattern.compile(
                    "(?<![^"
                            + SPACE
                            + "])[#＃]((?!\\uFE0F)[^"
                            + SPACE
                            + INVISIBLE
                            + "]*[^0-9"
                            + SPACE
                            + "\\p{P}"
                            + INVISIBLE
                            + "]+[^"
                            + SPACE
                            + INVISIBLE
                            + "]*)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+\\z");
    private static final int MAX_TAG_GRAPHEMES = 64;

    public BlueskyText {
        Objects.requireNonNull(text, "text");
        facets = List.copyOf(facets);
    }

    /** From a kit post's text (full URLs, UTM already in them). */
    public static BlueskyText of(String kitText) {
        Objects.requireNonNull(kitText, "kitText");
        List<Found> found = detect(kitText);
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        int at = 0;
        List<Facet> facets = new ArrayList<>();
        for (Found f : found) {
            String before = kitText.substring(at, f.start());
            text.append(before);
            bytes += utf8(before);
            String written = kitText.substring(f.start(), f.end());
            String shown = f.kind() == Kind.LINK ? shortUrl(written) : written;
            text.append(shown);
            int end = bytes + utf8(shown);
            facets.add(
                    switch (f.kind()) {
                        case LINK -> new Link(bytes, end, written);
                        case TAG -> new Tag(bytes, end, written.substring(1));
                        case MENTION -> new Mention(bytes, end, written.substring(1));
                    });
            bytes = end;
            at = f.end();
        }
        text.append(kitText, at, kitText.length());
        return new BlueskyText(text.toString(), facets);
    }

    /** The text's length as Bluesky counts it: grapheme clusters. */
    public int graphemes() {
        return Graphemes.count(text);
    }

    /** A link, tag or mention over {@code [byteStart, byteEnd)} of the text's UTF-8 bytes. */
    public sealed interface Facet permits Link, Tag, Mention {
        int byteStart();

        int byteEnd();
    }

    /** byteStart inclusive, byteEnd exclusive, over text's UTF-8 bytes. */
    public record Link(int byteStart, int byteEnd, String uri) implements Facet {}

    /** tag without '#'. */
    public record Tag(int byteStart, int byteEnd, String tag) implements Facet {}

    /**
     * handle without '@', as written; the publisher resolves it to a DID, or leaves it plain text.
     */
    public record Mention(int byteStart, int byteEnd, String handle) implements Facet {}

    /**
     * Bluesky's app's short form of a link ({@code toShortUrl}): the host as a browser reads it,
     * then path, query and fragment, percent-encoded, cut to 13 characters and "..." when longer
     * than 15. An address a browser refuses stays as written.
     */
    static String shortUrl(String url) {
        return WebUrl.parse(url)
                .map(
                        u -> {
                            String path =
                                    ("/".equals(u.pathname()) ? "" : u.pathname())
                                            + u.search()
                                            + u.hash();
                            return u.host()
                                    + (path.length() > 15 ? path.substring(0, 13) + "..." : path);
                        })
                .orElse(url);
    }

    /** The handles mentioned in {@code text}, each with its '@', as the app finds them. */
    static List<String> mentions(String text) {
        return detect(text).stream()
                .filter(f -> f.kind() == Kind.MENTION)
                .map(f -> text.substring(f.start(), f.end()))
                .toList();
    }

    /** The tags in {@code text}, without '#', as the app finds them. */
    static List<String> tags(String text) {
        return detect(text).stream()
                .filter(f -> f.kind() == Kind.TAG)
                .map(f -> text.substring(f.start() + 1, f.end()))
                .toList();
    }

    private enum Kind {
        LINK,
        MENTION,
        TAG
    }

    /** A span of the written text, in UTF-16 indexes. */
    private record Found(Kind kind, int start, int end) {}

    /**
     * Links, then mentions, then tags, each left out where it overlaps one found before. A pattern
     * runs only where the text holds what every match of it must hold ("://", '@', '#' or '＃'):
     * fitting a post measures many texts, and most have no mention.
     */
    private static List<Found> detect(String text) {
        List<Found> found = new ArrayList<>();
        if (text.contains("://")) {
            findLinks(text, found);
        }
        if (text.indexOf('@') >= 0) {
            findMentions(text, found);
        }
        if (text.indexOf('#') >= 0 || text.indexOf('\uFF03') >= 0) {
            findTags(text, found);
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static void findLinks(String text, List<Found> found) {
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String uri = link.group();
            int end = link.end();
            if (".,;:!?".indexOf(uri.charAt(uri.length() - 1)) >= 0) {
                uri = uri.substring(0, uri.length() - 1);
                end--;
            }
            if (uri.endsWith(")") && !uri.contains("(")) {
                end--;
            }
            found.add(new Found(Kind.LINK, link.start(), end));
        }
    }

    private static void findMentions(String text, List<Found> found) {
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            if (Bluesky.isHandle(mention.group())) {
                addUnlessOverlapping(
                        found, new Found(Kind.MENTION, mention.start(), mention.end()));
            }
        }
    }

    private static void findTags(String text, List<Found> found) {
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String name = TRAILING_PUNCTUATION.matcher(tag.group(1)).replaceFirst("");
            if (!name.isEmpty() && Graphemes.count(name) <= MAX_TAG_GRAPHEMES) {
                addUnlessOverlapping(
                        found, new Found(Kind.TAG, tag.start(), tag.start() + 1 + name.length()));
            }
        }
    }

    private static void addUnlessOverlapping(List<Found> found, Found candidate) {
        for (Found f : found) {
            if (candidate.start() < f.end() && f.start() < candidate.end()) {
                return;
            }
        }
        found.add(candidate);
    }

    private static int utf8(String text) {
        return BlueskyLength.utf8Bytes(text);
    }
}
