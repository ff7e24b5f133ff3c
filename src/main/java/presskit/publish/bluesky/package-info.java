/**
 * Posting to Bluesky over plain HTTP to the account's PDS (the AT Protocol's XRPC calls, with the
 * JDK's client and Jackson): one session a run, each part an {@code app.bsky.feed.post} record
 * written with {@code putRecord} under a record key kept in the ledger, its text and facets from
 * {@link presskit.channel.BlueskyText}, and a link card with an uploaded image.
 */
package presskit.publish.bluesky;
