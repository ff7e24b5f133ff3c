package presskit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import presskit.publish.BuildFixture;

/**
 * Writes an approvals file for a test's texts, as {@code presskit approve} would after a person
 * read them: the live runs of the publishing tests post only approved texts.
 */
final class Approved {

    private Approved() {}

    /** Approves each output id's texts (one per part) as Anna Berg, on 14 September 2023. */
    static void texts(Path messages, int year, Map<String, List<String>> texts) {
        BuildFixture.approve(messages, year, texts);
    }
}
