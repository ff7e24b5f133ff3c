package presskit.validate.links;

/**
 * Hears how a link check goes, for a progress bar and for warnings that must not stop the check.
 */
public interface LinkCheckListener {

    /** Hears nothing. */
    LinkCheckListener NONE = new LinkCheckListener() {};

    /** The check starts with this many unique URLs. */
    default void started(int total) {}

    /** One URL is done (checked now or taken from the cache); called from the checking threads. */
    default void checked(LinkResult result, int done, int total) {}

    /** Something went wrong beside the check itself, such as a cache that could not be written. */
    default void warning(String message) {}
}
