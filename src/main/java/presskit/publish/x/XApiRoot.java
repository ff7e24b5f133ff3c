package presskit.publish.x;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import presskit.publish.PublishSetupException;

/**
 * The root of the X API that posts go to, {@code https://api.x.com} unless a test or proxy says
 * otherwise. Plain {@code http} is allowed only to this machine, because signed requests carry the
 * key and token.
 *
 * @param root the root without a trailing slash
 */
public record XApiRoot(String root) {

    public static final String DEFAULT = "https://api.x.com";

    /** Checks and normalises {@code --api-base-url}. */
    public static XApiRoot parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw invalid(text, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalid(text, "it must be an absolute https URL such as " + DEFAULT);
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw invalid(text, "it must not carry a query, fragment or user name");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw invalid(
                    text, "plain http is only allowed to this machine (127.0.0.1, localhost)");
        }
        String normalised = uri.toString();
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return new XApiRoot(normalised);
    }

    /** Where posts are created: {@code <root>/2/tweets}. */
    public String tweetsUrl() {
        return root + "/2/tweets";
    }

    String v2BaseUrl() {
        return root + "/2/";
    }

    String v1BaseUrl() {
        return root + "/1.1/";
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: a name would need a DNS look-up, and must not decide this.
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static PublishSetupException invalid(String text, String why) {
        return new PublishSetupException("invalid --api-base-url '" + text + "': " + why);
    }
}
