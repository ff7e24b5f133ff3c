package presskit.channel;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and finds @-mentions the way each network writes them, e.g. to validate politicians' handles.
 *
 * <p>A handle is checked as it appears in a post, with its leading '@':
 * <ul>
 *   <li>{@code x}: {@code @} and 1–15 of {@code [A-Za-z0-9_]};</li>
 *   <li>{@code mastodon}: {@code @user@domain.tld}, the user as Mastodon's {@code USERNAME_RE}
 *       ({@code [A-Za-z0-9_]} runs joined by '.' or '-'), the domain a host name with a top-level domain
 *       (a bare {@code @user} only works on one's own instance, so it is refused);</li>
 *   <li>{@code bluesky}: {@code @} and a domain-style handle as the AT Protocol defines it (ASCII labels
 *       of letters, digits and inner hyphens, at least two, the last starting with a letter, 253
 *       characters at most), e.g. {@code @vision.se} or {@code @namn.bsky.social}.</li>
 * </ul>
 * LinkedIn and Facebook tag people through their own pickers, not through text, so they have no rule.
 */
public final class Mentions {

    private static final Pattern X = Pattern.compile("@[A-Za-z0-9_]{1,15}");
    private static final Pattern MASTODON = Pattern.compile(
            "@([A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*)@((?:[\\p{L}\\p{Nd}](?:[\\p{L}\\p{Nd}-]*[\\p{L}\\p{Nd}])?\\.)+"
                    + "(?:\\p{L}{2,}|xn--[a-z0-9-]+))");
    private static final Pattern BLUESKY = Pattern.compile(
            "@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)");
    // Top-level domains the AT Protocol refuses for handles.
    private static final Set<String> BLUESKY_RESERVED_TLDS =
            Set.of("alt", "arpa", "example", "internal", "invalid", "local", "localhost", "onion");
    // Bluesky's composer looks for '@' after a start, a space or '(' and then checks the handle.
    private static final Pattern BLUESKY_IN_TEXT = Pattern.compile("(?<=^|\\s|\\()@[a-zA-Z0-9.-]+");

    private Mentions() {
    }

    /** Whether the channel with this id has @-mentions in the text of a post. */
    public static boolean supports(String channelId) {
        return channelId.equals("x") || channelId.equals("mastodon") || channelId.equals("bluesky");
    }

    /**
     * Whether {@code handle} (with its '@') is a well-formed mention on the channel with this id.
     *
     * @throws IllegalArgumentException when the channel has no text mentions (see {@link #supports})
     */
    public static boolean isValid(String channelId, String handle) {
        return switch (channelId) {
            case "x" -> X.matcher(handle).matches();
            case "mastodon" -> MASTODON.matcher(handle).matches();
            case "bluesky" -> isBlueskyHandle(handle);
            default -> throw unsupported(channelId);
        };
    }

    /** What a mention looks like on the channel, for an error message. */
    public static String expectedSyntax(String channelId) {
        return switch (channelId) {
            case "x" -> "'@' followed by 1 to 15 letters A-Z, digits or '_', e.g. @Vision_Ombud";
            case "mastodon" -> "'@user@domain', e.g. @vision@mastodon.nu";
            case "bluesky" -> "'@' followed by a domain-style handle, e.g. @vision.bsky.social";
            default -> throw unsupported(channelId);
        };
    }

    /** The mentions in {@code text} as the channel finds them, with '@', in order; malformed ones left out. */
    public static List<String> extract(String channelId, String text) {
        List<String> found = new ArrayList<>();
        switch (channelId) {
            case "x" -> new Extractor().extractMentionedScreennames(text).forEach(name -> found.add("@" + name));
            case "mastodon" -> MastodonLength.mentions(text).forEach(m -> found.add(m.group()));
            case "bluesky" -> {
                List<String> candidates = new ArrayList<>();
                addMatches(BLUESKY_IN_TEXT.matcher(text), candidates);
                for (String candidate : candidates) {
                    // A sentence may end right after the handle: "… @vision.se."
                    String handle = candidate.replaceAll("[.-]+$", "");
                    if (isBlueskyHandle(handle)) {
                        found.add(handle);
                    }
                }
            }
            default -> throw unsupported(channelId);
        }
        return found;
    }

    private static boolean isBlueskyHandle(String handle) {
        if (handle.length() > 254 || !BLUESKY.matcher(handle).matches()) {
            return false;
        }
        String tld = handle.substring(handle.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return !BLUESKY_RESERVED_TLDS.contains(tld);
    }

    private static void addMatches(Matcher m, List<String> out) {
        while (m.find()) {
            out.add(m.group());
        }
    }

    private static IllegalArgumentException unsupported(String channelId) {
        return new IllegalArgumentException("channel '" + channelId + "' has no @-mentions in post text");
    }
}
