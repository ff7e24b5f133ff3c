package presskit.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Campaign tracking (UTM) parameters for the links in posts: one set per network, never doubled.
 */
public final class Tracking {

    private Tracking() {}

    /**
     * {@code url} with {@code utm_source=<channel>&utm_medium=social&utm_campaign=<campaign>}; any
     * utm_ parameters it already had are replaced, so a link is never tagged twice.
     */
    public static String tag(String url, String channel, String campaign) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String base = hash < 0 ? url : url.substring(0, hash);
        int q = base.indexOf('?');
        String path = q < 0 ? base : base.substring(0, q);
        String kept =
                q < 0
                        ? ""
                        : Arrays.stream(base.substring(q + 1).split("&"))
                                .filter(
                                        p ->
                                                !p.isEmpty()
                                                        && !p.toLowerCase(Locale.ROOT)
                                                                .startsWith("utm_"))
                                .collect(Collectors.joining("&"));
        String utm = "utm_source=" + channel + "&utm_medium=social&utm_campaign=" + campaign;
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + utm + fragment;
    }

    /** The link with its address tagged for {@code channel}. */
    public static Link tagged(Link link, String channel, String campaign) {
        return link.withUrl(tag(link.url(), channel, campaign));
    }
}
