package presskit.model;

/**
 * What each municipality's local post says, from the year file's {@code local:} block.
 *
 * @param committee the committee the post addresses where the municipality's branch file names none
 * @param question what the post asks the committee
 * @param figureId the id of the figure the post quotes; null for the default, the first of the
 *     release's figures
 */
public record Local(String committee, String question, String figureId) {

    /** The same, with another question (placeholders filled). */
    public Local withQuestion(String filled) {
        return new Local(committee, filled, figureId);
    }
}
