package presskit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import presskit.load.ApprovalsFile;
import presskit.model.Approval;

/**
 * Writes an approvals file for a test's texts, as {@code presskit approve} would after a person
 * read them: the live runs of the publishing tests post only approved texts.
 */
final class Approved {

    static final Instant AT = Instant.parse("2023-09-14T07:30:00Z");

    private Approved() {}

    /** Approves each output id's texts (one per part) as Anna Berg, on 14 September 2023. */
    static void texts(Path messages, int year, Map<String, List<String>> texts) {
        List<Approval> approvals = new ArrayList<>();
        texts.forEach(
                (id, parts) ->
                        approvals.add(
                                new Approval(
                                        id,
                                        parts.stream()
                                                .map(
                                                        t ->
                                                                new Approval.Part(
                                                                        Approval.hashOf(t),
                                                                        Approval.opening(t)))
                                                .toList(),
                                        "Anna Berg",
                                        AT,
                                        "")));
        try {
            ApprovalsFile.write(ApprovalsFile.of(messages, year), year, approvals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
