package presskit.validate.links;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a URL as people write it into one a client can send, and says whether it may be checked.
 */
final class Addresses {

    private static final Pattern AUTHORITY = Pattern.compile("^(.*@)?([^@:]*)(:\\d*)?$");

    private Addresses() {}

    /**
     * Parses a URL, writing an international domain name (räksmörgås.se) as punycode and non-ASCII
     * characters of the path and query percent-encoded, as browsers send them.
     */
    static URI parse(String url) throws URISyntaxException {
        URI uri = new URI(url.strip());
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            Matcher m = AUTHORITY.matcher(uri.getRawAuthority());
            if (m.matches()) {
                String host;
                try {
                    host = IDN.toASCII(m.group(2));
                } catch (IllegalArgumentException e) {
                    throw new URISyntaxException(url, "invalid host name");
                }
                String authority =
                        (m.group(1) == null ? "" : m.group(1))
                                + host
                                + (m.group(3) == null ? "" : m.group(3));
                uri =
                        new URI(
                                uri.getScheme()
                                        + "://"
                                        + authority
                                        + (uri.getRawPath() == null ? "" : uri.getRawPath())
                                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                                        + (uri.getRawFragment() == null
                                                ? ""
                                                : "#" + uri.getRawFragment()));
            }
        }
        return new URI(uri.toASCIIString());
    }

    /**
     * The address without its user name and password: the request does not need them, and nothing
     * the check records or prints may show them.
     */
    static URI withoutUserInfo(URI uri) throws URISyntaxException {
        // On the text: a registry-based authority (no host Java accepts) has user info too.
        String text = uri.toString();
        String without = UrlKey.withoutUserInfo(text);
        return without.equals(text) ? uri : new URI(without);
    }

    /** Whether the address is absolute http or https with a host: nothing else is requested. */
    static boolean checkable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }
}
