package presskit.publish.x;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a post X returns is the text presskit sent. X changes the text it stores: every
 * link becomes a {@code https://t.co/…} address (the original is in the post's {@code
 * entities.urls[].expanded_url}), {@code &}, {@code <} and {@code >} come back HTML-escaped, and
 * the text is NFC-normalised as X counts it. So the returned text is compared after putting each
 * original link back in place of its t.co address and undoing the escapes, both sides in NFC with
 * trailing white space removed; everything else must be equal, character for character. Comparing
 * on a looser form (say, without links) could take last year's post with the same words but another
 * link for this one.
 */
final class XPostText {

    /** A link as X returns it: its t.co address and the address that was posted. */
    record Link(String shortened, String expanded) {

        Link {
            Objects.requireNonNull(shortened, "shortened");
            Objects.requireNonNull(expanded, "expanded");
        }
    }

    private XPostText() {}

    /** Whether {@code returned}, with its {@code links}, is the post of {@code sent}. */
    static boolean same(String returned, List<Link> links, String sent) {
        String restored = unescape(returned);
        for (Link link : links) {
            if (link.shortened().isEmpty() || link.expanded().isEmpty()) {
                continue;
            }
            restored = restored.replace(link.shortened(), original(link.expanded(), sent));
        }
        return normal(restored).equals(normal(sent));
    }

    /** The link as it was written: X adds {@code http://} to a link written without a scheme. */
    private static String original(String expanded, String sent) {
        if (!sent.contains(expanded) && expanded.startsWith("http://")) {
            String bare = expanded.substring("http://".length());
            if (sent.contains(bare)) {
                return bare;
            }
        }
        return expanded;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).stripTrailing();
    }
}
