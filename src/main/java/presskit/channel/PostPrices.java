package presskit.channel;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a network's API charges per post, in US dollars; prices change, so {@code channels.yaml} can
 * set them.
 *
 * @param post a post without a link
 * @param postWithLink a post whose text holds a link
 */
public record PostPrices(BigDecimal post, BigDecimal postWithLink) {

    public PostPrices {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(postWithLink, "postWithLink");
        if (post.signum() < 0 || postWithLink.signum() < 0) {
            throw new IllegalArgumentException("'post' and 'postWithLink' must not be negative");
        }
    }

    /** The price of one post, by whether it has a link. */
    public BigDecimal of(boolean hasLink) {
        return hasLink ? postWithLink : post;
    }
}
