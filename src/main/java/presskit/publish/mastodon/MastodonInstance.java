package presskit.publish.mastodon;

import presskit.publish.ApiRoot;

/**
 * The Mastodon instance that posts go to, as {@code --api-base-url} or {@code MASTODON_INSTANCE}
 * names it: {@code https://mastodon.example}, or the bare host name.
 *
 * @param root the instance's address without a trailing slash
 */
public record MastodonInstance(String root) {

    /** The environment variable that names the instance when {@code --api-base-url} does not. */
    public static final String VARIABLE = "MASTODON_INSTANCE";

    private static final String EXAMPLE = "https://mastodon.example";

    /**
     * Checks and normalises an instance's address; a bare host name means https.
     *
     * @param source where it was given ({@code --api-base-url}, {@code MASTODON_INSTANCE}), for the
     *     message
     */
    public static MastodonInstance parse(String text, String source) {
        String address = text.strip();
        if (!address.contains("://")) {
            address = "https://" + address;
        }
        return new MastodonInstance(ApiRoot.parse(address, source, EXAMPLE));
    }

    /** Where statuses are created: {@code <root>/api/v1/statuses}. */
    public String statusesUrl() {
        return root + "/api/v1/statuses";
    }
}
