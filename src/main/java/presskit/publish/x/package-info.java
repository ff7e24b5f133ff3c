/**
 * Posting to X. Adapter for Twitter4J and its v2 add-on: the only package that sees them; their
 * exceptions become {@link presskit.publish.PublishFailure}s with secrets scrubbed.
 */
package presskit.publish.x;
