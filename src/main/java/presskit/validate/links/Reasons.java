package presskit.validate.links;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;

/** Words the short human reasons of link results, so the same failure always reads the same. */
final class Reasons {

    private static final Map<Integer, String> PHRASES =
            Map.ofEntries(
                    Map.entry(200, "OK"),
                    Map.entry(301, "Moved Permanently"),
                    Map.entry(302, "Found"),
                    Map.entry(303, "See Other"),
                    Map.entry(307, "Temporary Redirect"),
                    Map.entry(308, "Permanent Redirect"),
                    Map.entry(400, "Bad Request"),
                    Map.entry(401, "Unauthorized"),
                    Map.entry(403, "Forbidden"),
                    Map.entry(404, "Not Found"),
                    Map.entry(405, "Method Not Allowed"),
                    Map.entry(410, "Gone"),
                    Map.entry(429, "Too Many Requests"),
                    Map.entry(500, "Internal Server Error"),
                    Map.entry(502, "Bad Gateway"),
                    Map.entry(503, "Service Unavailable"),
                    Map.entry(504, "Gateway Timeout"));

    /** The reason of a link whose host name no resolver knows. */
    static final String HOST_NOT_FOUND = "host not found";

    private Reasons() {}

    /** {@code "HTTP 404 Not Found"}. */
    static String status(int status) {
        String phrase = PHRASES.get(status);
        return "HTTP " + status + (phrase == null ? "" : " " + phrase);
    }

    /**
     * A failed exchange in a user's words; the exception's class names only an unexpected failure.
     */
    static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return HOST_NOT_FOUND;
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (t instanceof SSLException) {
                return "secure connection failed: " + message(t);
            }
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        return "connection failed: " + message(failure);
    }

    /** {@code "10 s"}, or {@code "1.5 s"}. */
    static String seconds(Duration d) {
        // Seconds and milliseconds apart: a Retry-After of Long.MAX_VALUE seconds has no millis.
        long seconds = d.getSeconds();
        int millis = d.getNano() / 1_000_000;
        return millis == 0
                ? seconds + " s"
                : String.format(Locale.ROOT, "%.1f s", seconds + millis / 1000.0);
    }

    /**
     * A wait a server asked for: {@code "120 s"}, or {@code "more than a day"} for the centuries a
     * hostile or broken server may name, which in seconds would only look like a fault of ours.
     */
    static String wait(Duration d) {
        return d.compareTo(Duration.ofDays(1)) > 0 ? "more than a day" : seconds(d);
    }

    /** {@code "1 redirect"}, {@code "2 redirects"}. */
    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The exception's message, or its simple class name when it has none. */
    static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank()
                ? t.getClass().getSimpleName()
                : t.getMessage();
    }
}
