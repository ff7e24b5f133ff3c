package presskit.publish;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reports a live run: a line per part posted or skipped, problems on standard error, totals. */
public final class LiveReport implements RunReport {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Path ledger;

    /**
     * A report to the given streams.
     *
     * @param ledger the ledger file, named in the last line: the user learns where the ids are
     */
    public LiveReport(PrintWriter out, PrintWriter err, Path ledger) {
        this.out = out;
        this.err = err;
        this.ledger = ledger;
    }

    @Override
    public void started(List<PlannedPost> posts) {
        // A live run speaks part by part; the plan itself is what the dry run shows.
    }

    @Override
    public void alreadyPosted(PlannedPost post, PlannedPost.Part part, LedgerPart entry) {
        note(post.label(part) + ": already posted as " + entry.postId());
    }

    @Override
    public void sent(
            PlannedPost post, PlannedPost.Part part, Optional<PostedId> inReplyTo, PostedId id) {
        note(
                "posted "
                        + post.label(part)
                        + " "
                        + part.lengthLabel()
                        + inReplyTo.map(r -> " in reply to " + r).orElse("")
                        + ": "
                        + id);
    }

    @Override
    public void found(PlannedPost post, PlannedPost.Part part, PostedId id) {
        note(
                post.label(part)
                        + ": posted by an earlier run that stopped before recording it: "
                        + id);
    }

    @Override
    public void neverPosted(PlannedPost post, PlannedPost.Part part) {
        notPosted(post.label(part) + ": not posted: made from example data, which is never posted");
    }

    @Override
    public void note(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public void notPosted(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public void finished(RunSummary summary) {
        note(summary.describe() + "; ledger: " + ledger);
    }
}
