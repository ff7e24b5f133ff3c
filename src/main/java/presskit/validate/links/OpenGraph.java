package presskit.validate.links;

/**
 * The Open Graph tags a link preview (a "link card") is built from; each is null when the page has
 * none.
 *
 * @param title {@code og:title}
 * @param description {@code og:description}
 * @param image {@code og:image}, made absolute against the page's address
 */
public record OpenGraph(String title, String description, String image) {

    /** No tags at all, as for a PDF or a page that could not be read. */
    public static final OpenGraph NONE = new OpenGraph(null, null, null);
}
