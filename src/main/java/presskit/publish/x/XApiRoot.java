package presskit.publish.x;

import presskit.publish.ApiRoot;

/**
 * The root of the X API that posts go to, {@code https://api.x.com} unless a test or proxy says
 * otherwise, checked as {@link ApiRoot} checks every network's.
 *
 * @param root the root without a trailing slash
 */
public record XApiRoot(String root) {

    public static final String DEFAULT = "https://api.x.com";

    /** Checks and normalises {@code --api-base-url}. */
    public static XApiRoot parse(String text) {
        return new XApiRoot(ApiRoot.parse(text, DEFAULT));
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
}
