package presskit.channel;

/**
 * A scheduler that imports a CSV file of posts for one social profile at a time; which networks
 * each can post to is a network's own answer ({@link Network#bulkSchedulers()}).
 *
 * <p>What each accepts, as documented where we could find it:
 *
 * <ul>
 *   <li>Hootsuite's bulk composer posts to the profiles picked at upload, every row of a file to
 *       every profile picked, so a file holds one network's posts ("HootSuite requires a separate
 *       CSV for each property", gussetbeard.com/bulk-update-algo). Its networks are X (Twitter),
 *       Facebook, LinkedIn and Instagram among others (help.hootsuite.com, "Add and Remove Social
 *       Networks"); Mastodon and Bluesky are not among them, as far as we know, so no Hootsuite
 *       file is written for them.
 *   <li>Buffer's bulk upload takes one channel per file, with the header {@code Text,Image
 *       URL,Tags,Posting Time} (case-sensitive) and times as {@code YYYY-MM-DD HH:mm} on a 24-hour
 *       clock, up to 100 posts a file on paid plans (support.buffer.com, bulk upload article).
 *       Buffer publishes to X, Facebook, LinkedIn, Mastodon (support.buffer.com, "Using Mastodon
 *       with Buffer") and Bluesky (Buffer's channel services include {@code bluesky}).
 * </ul>
 */
public enum BulkScheduler {
    HOOTSUITE("Hootsuite"),
    BUFFER("Buffer");

    private final String displayName;

    BulkScheduler(String displayName) {
        this.displayName = displayName;
    }

    /** The scheduler's name as people write it. */
    public String displayName() {
        return displayName;
    }
}
