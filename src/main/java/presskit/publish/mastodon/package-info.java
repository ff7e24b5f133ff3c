/**
 * Posting to Mastodon through {@code POST /api/v1/statuses}, with the JDK's HTTP client and
 * Jackson: the only package that speaks Mastodon's API; its answers become {@link
 * presskit.publish.PublishFailure}s with the token scrubbed.
 */
package presskit.publish.mastodon;
