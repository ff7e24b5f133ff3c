package presskit.kit;

/**
 * A link as the press-kit page shows it: the year's own title and description, and, when an online check has
 * run, what the page itself says (its verdict, title and Open Graph preview). Unchecked fields are null.
 */
public record LinkCard(String id, String url, String title, String description, String verdict, String pageTitle,
        String ogTitle, String ogDescription, String ogImage) {
}
