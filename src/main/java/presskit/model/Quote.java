package presskit.model;

/**
 * A quote with its speaker and the speaker's role.
 *
 * @param inRelease whether the speaker has approved it for this year's release ({@code in_release:
 *     true}); only such a quote appears in any output
 */
public record Quote(String id, String speaker, String role, String text, boolean inRelease) {

    /** This quote with another text, as when its placeholders are filled in. */
    public Quote withText(String filled) {
        return new Quote(id, speaker, role, filled, inRelease);
    }
}
