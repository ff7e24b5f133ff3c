package presskit.publish.bluesky;

import presskit.publish.ApiRoot;

/**
 * The account's PDS that presskit talks to, {@code https://bsky.social} (the entryway of accounts
 * Bluesky hosts) unless {@code --api-base-url} names the account's own server.
 *
 * @param root the root without a trailing slash
 */
public record BlueskyRoot(String root) {

    public static final String DEFAULT = "https://bsky.social";

    /** Checks and normalises {@code --api-base-url}. */
    public static BlueskyRoot parse(String text) {
        return new BlueskyRoot(ApiRoot.parse(text, "--api-base-url", DEFAULT));
    }

    /** Where posts are written: {@code <root>/xrpc/com.atproto.repo.putRecord}. */
    public String putRecordUrl() {
        return root + "/xrpc/com.atproto.repo.putRecord";
    }
}
