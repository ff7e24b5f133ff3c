package presskit.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Address helpers shared by the link rules. */
public final class Links {

    private Links() {}

    /**
     * The address without {@code utm_*} parameters and fragment: two links that agree here are one
     * page.
     */
    public static String withoutTracking(String url) {
        try {
            URI uri = new URI(url);
            String query = uri.getRawQuery();
            String kept =
                    query == null
                            ? null
                            : Arrays.stream(query.split("&"))
                                    .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                                    .collect(Collectors.joining("&"));
            return new URI(uri.getScheme(), uri.getRawAuthority(), uri.getRawPath(), null, null)
                            .toString()
                    + (kept == null || kept.isEmpty() ? "" : "?" + kept);
        } catch (URISyntaxException | IllegalArgumentException | NullPointerException e) {
            return url;
        }
    }
}
