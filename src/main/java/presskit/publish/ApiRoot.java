package presskit.publish;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks and normalises the root of a network's API as a user gives it. Plain {@code http} is
 * allowed only to this machine, because requests carry the account's credentials.
 */
public final class ApiRoot {

    private ApiRoot() {}

    /**
     * The root without a trailing slash.
     *
     * @param text what the user gave
     * @param source where it was given, such as {@code --api-base-url}, for the message
     * @param example a valid root, for the message
     * @throws PublishSetupException naming the source when the root is not usable
     */
    public static String parse(String text, String source, String example) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw invalid(text, source, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalid(text, source, "it must be an absolute https URL such as " + example);
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw invalid(text, source, "it must not carry a query, fragment or user name");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw invalid(
                    text,
                    source,
                    "plain http is only allowed to this machine (127.0.0.1, localhost)");
        }
        String normalised = uri.toString();
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return normalised;
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

    private static PublishSetupException invalid(String text, String source, String why) {
        return new PublishSetupException("invalid " + source + " '" + text + "': " + why);
    }
}
