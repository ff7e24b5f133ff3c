package presskit.publish;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Shows what a live run would send — each post and thread part with its length, its limit and what it
 * replies to — without touching the network.
 */
public final class DryRun {

    private DryRun() {
    }

    /**
     * Prints the plan.
     *
     * @param ledger what earlier live runs recorded, so already posted parts are shown as such
     * @param endpoint where a live run would send the posts, for the last line
     */
    public static void print(PrintWriter out, List<PlannedPost> posts, Embargo embargo, Ledger ledger,
            Instant now, String endpoint) {
        out.println("Dry run: nothing is sent. Add --live to post.");
        out.println(embargo.describe(now));
        int requests = 0;
        for (PlannedPost post : posts) {
            for (PlannedPost.Part part : post.parts()) {
                Optional<LedgerPart> known = ledger.part(post.outputId(), part.number());
                boolean done = known.filter(k -> k.state() == PartState.POSTED
                        && k.sha256().equals(ContentHash.of(part.text()))).isPresent();
                out.println();
                out.println(post.label(part) + " " + part.lengthLabel()
                        + (part.number() > 1 ? ", replies to part " + (part.number() - 1) : "")
                        + (post.example() ? ", example data: never posted" : "")
                        + (done ? ", already posted as " + known.get().postId() : ""));
                for (String line : part.text().split("\n", -1)) {
                    out.println("  " + line);
                }
                if (!done && !post.example()) {
                    requests++;
                }
            }
        }
        out.println();
        out.println(posts.size() + (posts.size() == 1 ? " output, " : " outputs, ") + requests
                + (requests == 1 ? " request" : " requests") + " a live run would send to " + endpoint + ".");
        out.flush();
    }
}
