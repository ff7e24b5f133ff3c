package presskit.channel;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A network's share URL: opening it shows the network's composer with a post's text, or only its
 * link, filled in, so anyone can post from their own account without API keys.
 *
 * @param prefix the URL up to the percent-encoded value, e.g. {@code
 *     https://x.com/intent/post?text=}
 * @param linkOnly whether the composer takes the post's first link instead of its text (Facebook's
 *     sharer)
 */
public record Composer(String prefix, boolean linkOnly) {

    // A link ends at whitespace; trailing sentence punctuation is not part of it.
    private static final Pattern LINK =
            Pattern.compile("https?://\\S+?(?=[.,;:!?)\\]\"”’]*(?:\\s|$))");

    public Composer {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("'prefix' must not be blank");
        }
    }

    /** A composer filled with the post's text. */
    static Composer text(String prefix) {
        return new Composer(prefix, false);
    }

    /** A composer filled with the post's first link. */
    static Composer link(String prefix) {
        return new Composer(prefix, true);
    }

    /** The share URL for {@code text}; empty for a link-only composer when the text has no link. */
    public Optional<String> open(String text) {
        if (!linkOnly) {
            return Optional.of(prefix + IntentLinks.encode(text));
        }
        Matcher m = LINK.matcher(text);
        return m.find() ? Optional.of(prefix + IntentLinks.encode(m.group())) : Optional.empty();
    }
}
