package presskit.model;

import java.time.OffsetDateTime;

/**
 * One line of the publishing plan: which national post goes out on which channel, and when.
 *
 * @param at when to publish
 * @param channel the channel id
 * @param post the post: a message id ({@code key-1}, {@code short-2}) or {@code post} for the long
 *     post
 */
public record PlanEntry(OffsetDateTime at, String channel, String post) {}
