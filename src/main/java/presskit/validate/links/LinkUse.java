package presskit.validate.links;

import java.util.List;
import java.util.Objects;

/**
 * A URL as the outputs use it, with the ids of those outputs (for example {@code
 * municipalities/0180/x}).
 *
 * @param url the URL as written, tracking parameters and fragment included
 * @param usedBy ids of the outputs that use it; empty for a URL given on the command line
 */
public record LinkUse(String url, List<String> usedBy) {

    public LinkUse {
        Objects.requireNonNull(url, "url");
        usedBy = List.copyOf(Objects.requireNonNull(usedBy, "usedBy"));
    }

    /** A URL used by the given outputs, or by none. */
    public static LinkUse of(String url, String... outputIds) {
        return new LinkUse(url, List.of(outputIds));
    }
}
