package presskit.channel;

import java.util.List;
import java.util.Optional;

/** How one network writes @-mentions in post text, e.g. to validate politicians' handles. */
public interface MentionSyntax {

    /** Whether {@code handle}, with its '@', is a well-formed mention. */
    boolean isValid(String handle);

    /** What a mention looks like, for an error message. */
    String expected();

    /**
     * The handle a well-formed {@code handle} was most likely meant to be, when it looks mistyped
     * ({@code @name.bsky.socal}); empty when it looks as meant.
     */
    default Optional<String> likelyMeant(String handle) {
        return Optional.empty();
    }

    /** The mentions in {@code text} as the network finds them, with '@', in order, well-formed. */
    List<String> extract(String text);
}
