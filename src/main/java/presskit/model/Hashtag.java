package presskit.model;

/**
 * A campaign hashtag.
 *
 * @param tag the tag with its {@code #}
 * @param required whether every post must keep it; optional tags are the first to go when a post is
 *     too long
 */
public record Hashtag(String tag, boolean required) {}
