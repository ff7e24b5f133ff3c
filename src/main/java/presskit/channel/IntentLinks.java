package presskit.channel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One-click share links: URLs that open a network's composer with a post's text filled in (see each
 * network's {@link Network#composer}), so anyone can post from their own account without API keys.
 *
 * <p>Values are percent-encoded per RFC 3986: every byte of the UTF-8 form except the unreserved
 * characters ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX}, so a space is {@code %20}, never
 * '+'.
 */
public final class IntentLinks {

    private static final Pattern HOST =
            Pattern.compile(
                    "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9](?::\\d{1,5})?");

    private final Optional<String> mastodonInstance;

    private IntentLinks(Optional<String> mastodonInstance) {
        this.mastodonInstance = mastodonInstance;
    }

    /** Share links without a Mastodon instance: none is made for Mastodon. */
    public static IntentLinks withoutMastodonInstance() {
        return new IntentLinks(Optional.empty());
    }

    /**
     * Share links whose Mastodon link opens the composer of {@code instance}, a host name such as
     * {@code mastodon.nu} (a leading {@code https://} and a trailing '/' are accepted and removed).
     */
    public static IntentLinks withMastodonInstance(String instance) {
        String host = instance.replaceFirst("^https://", "").replaceFirst("/$", "");
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException(
                    "'instance' must be a host name such as mastodon.nu, was '" + instance + "'");
        }
        return new IntentLinks(Optional.of(host.toLowerCase(Locale.ROOT)));
    }

    /**
     * The link that opens the composer of the channel with this id holding {@code text}; empty for
     * Mastodon without an instance and for Facebook when the text has no link.
     *
     * @throws IllegalArgumentException for an unknown channel id
     */
    public Optional<String> compose(String channelId, String text) {
        Network network =
                Network.find(channelId)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "unknown channel '" + channelId + "'"));
        return network.composer(mastodonInstance).flatMap(composer -> composer.open(text));
    }

    /** {@code value} percent-encoded for a query parameter, per RFC 3986. */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() * 3 / 2);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
