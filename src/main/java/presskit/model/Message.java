package presskit.model;

/**
 * A message of the year: a key message (longer) or a short message (one post).
 *
 * @param id stable id used in output ids and the publishing plan ({@code key-1}, {@code short-2})
 * @param text the message, possibly with figure placeholders already resolved
 */
public record Message(String id, String text) {}
