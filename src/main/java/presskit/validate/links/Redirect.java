package presskit.validate.links;

import java.util.Objects;

/**
 * One step of a redirect chain: an address and the redirect status it answered with.
 *
 * @param url the address requested
 * @param status its 3xx status
 */
public record Redirect(String url, int status) {

    public Redirect {
        Objects.requireNonNull(url, "url");
    }
}
