package presskit.model;

/**
 * A message of the year: a key message (longer) or a short message (one post).
 *
 * @param id stable id used in output ids and the publishing plan ({@code key-1}, {@code short-2})
 * @param text the message, possibly with figure placeholders already resolved
 * @param shortForm the key message's own shorter wording ({@code short:}), tried before a post
 *     becomes a thread; null when the year gives none
 */
public record Message(String id, String text, String shortForm) {

    /** A message without a shorter form. */
    public Message(String id, String text) {
        this(id, text, null);
    }

    /** This message in its shorter form, when it has one: the form a post tries before a thread. */
    public Message shortened() {
        return shortForm == null ? this : new Message(id, shortForm, null);
    }
}
