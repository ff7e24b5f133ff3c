package presskit.validate.links;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * Reduces a URL to what identifies the page: without user name and password, {@code utm_*} tracking
 * parameters and fragment, with the scheme and host in lower case. Two uses that differ only in
 * campaign tracking are one check, and no credential reaches a result, the cache or the output.
 */
public final class UrlKey {

    private UrlKey() {}

    /** The key of a URL; text that is not a URL is returned trimmed, to be reported as broken. */
    public static String of(String url) {
        String s = withoutUserInfo(url.strip());
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        int question = s.indexOf('?');
        String base = question < 0 ? s : s.substring(0, question);
        String query = question < 0 ? "" : withoutTracking(s.substring(question + 1));
        return lowerSchemeAndHost(base) + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The text with the user name and password of its authority removed ({@code
     * http://user:pw@host/} becomes {@code http://host/}); anything else is left as it is.
     */
    public static String withoutUserInfo(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return url;
        }
        int end = authorityEnd(url, start + 3);
        // The last '@' ends the user info: a password may contain '@' if the writer did not encode
        // it.
        int at = url.lastIndexOf('@', end - 1);
        return at < start + 3 ? url : url.substring(0, start + 3) + url.substring(at + 1);
    }

    /** The host (with port) of a key, in lower case, or the empty string when it has none. */
    static String host(String key) {
        String s = withoutUserInfo(key);
        int start = s.indexOf("://");
        if (start < 0) {
            return "";
        }
        int end = authorityEnd(s, start + 3);
        return s.substring(start + 3, end).toLowerCase(Locale.ROOT);
    }

    private static String withoutTracking(String query) {
        StringJoiner kept = new StringJoiner("&");
        for (String param : query.split("&")) {
            // utm_* only tell analytics where a visitor came from; the page is the same without
            // them.
            if (!param.isEmpty() && !param.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                kept.add(param);
            }
        }
        return kept.toString();
    }

    private static String lowerSchemeAndHost(String base) {
        int start = base.indexOf("://");
        if (start < 0) {
            return base;
        }
        int end = authorityEnd(base, start + 3);
        return base.substring(0, end).toLowerCase(Locale.ROOT) + base.substring(end);
    }

    private static int authorityEnd(String s, int from) {
        int end = s.length();
        // A browser ends the authority at '\' as at '/', so a '@' after it is not user info.
        for (char c : new char[] {'/', '\\', '?', '#'}) {
            int i = s.indexOf(c, from);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }
}
