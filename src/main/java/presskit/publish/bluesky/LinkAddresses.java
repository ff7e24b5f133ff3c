package presskit.publish.bluesky;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Compares a post's link with the year's link it was made from, tracking parameters aside. */
final class LinkAddresses {

    private LinkAddresses() {}

    /**
     * Whether {@code a} and {@code b} are the same address once their {@code utm_} parameters are
     * gone: a post links to the year's link with the campaign's UTM added.
     */
    static boolean same(String a, String b) {
        return untracked(a).equals(untracked(b));
    }

    static String untracked(String url) {
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String base = hash < 0 ? url : url.substring(0, hash);
        int q = base.indexOf('?');
        if (q < 0) {
            return base + fragment;
        }
        String kept =
                Arrays.stream(base.substring(q + 1).split("&"))
                        .filter(p -> !p.isEmpty() && !p.startsWith("utm_"))
                        .collect(Collectors.joining("&"));
        return base.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept) + fragment;
    }
}
