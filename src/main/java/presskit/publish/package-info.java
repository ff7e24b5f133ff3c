/**
 * Posting a build's posts: the plan of what to post, the ledger that records what was posted so
 * nothing is posted twice, retries, rate limits and the embargo, behind a {@link
 * presskit.publish.Publisher} per network.
 */
package presskit.publish;
