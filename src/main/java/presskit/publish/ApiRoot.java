package presskit.publish;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks and normalises {@code --api-base-url} for every network: an absolute https URL without
 * query, fragment or user name. Plain {@code http} is allowed only to this machine, because the
 * requests carry the account's credentials.
 */
public final class ApiRoot {

    private ApiRoot() {}

    /**
     * {@code text} without trailing slashes.
     *
     * @param example the network's own root, named in the message when {@code text} is wrong
     * @throws PublishSetupException when {@code text} is not such a URL
     */
    public static String parse(String text, String example) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw invalid(text, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalid(text, "it must be an absolute https URL such as " + example);
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

    private static PublishSetupException invalid(String text, String why) {
        return new PublishSetupException("invalid --api-base-url '" + text + "': " + why);
    }
}
