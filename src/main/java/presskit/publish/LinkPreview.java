package presskit.publish;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What a network's link card shows for one of the year's links, as the kit's manifest has it: the
 * Open Graph title, description and image that {@code presskit links} found, or the year's own
 * title and description where the check found none.
 *
 * @param url the link as the year writes it, without tracking parameters
 * @param title the card's title
 * @param description the card's description, possibly empty
 * @param image the address of the page's {@code og:image}, or null
 */
public record LinkPreview(String url, String title, String description, String image) {

    public LinkPreview {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    /**
     * The image's address; a relative {@code og:image} (which some sites write) taken relative to
     * the page.
     */
    public Optional<String> imageUrl() {
        if (image == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(url).resolve(image.strip()).toString());
        } catch (IllegalArgumentException notAUri) {
            // Left as written: fetching it fails and is reported, and the card goes without it.
            return Optional.of(image);
        }
    }
}
