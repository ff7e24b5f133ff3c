package presskit.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A link the campaign uses.
 *
 * @param id the id texts and templates refer to
 * @param url the address
 * @param title the page's title as shown to readers
 * @param description what the page is ("rapporten", "regional bilaga")
 * @param primary whether posts link to it
 * @param note why the link points where it does (e.g. the source lost the address)
 * @param uses where it may appear (a year file's {@code in}); every place when the file says none
 */
public record Link(
        String id,
        String url,
        String title,
        String description,
        boolean primary,
        String note,
        Set<LinkUse> uses) {

    public Link {
        uses = uses.isEmpty() ? Set.copyOf(EnumSet.allOf(LinkUse.class)) : Set.copyOf(uses);
    }

    /** Whether the link may appear in {@code use}. */
    public boolean allowedIn(LinkUse use) {
        return uses.contains(use);
    }

    /** This link at another address, everything else kept. */
    public Link withUrl(String address) {
        return new Link(id, address, title, description, primary, note, uses);
    }
}
