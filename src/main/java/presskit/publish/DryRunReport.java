package presskit.publish;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reports a dry run: each post and thread part with its length, its limit, what it replies to and
 * whether its text is approved, then how many requests a live run would send.
 */
public final class DryRunReport implements RunReport {

    private final PrintWriter out;
    private final PrintWriter err;
    private final String embargo;
    private final String endpoint;
    private int outputs;
    private int requests;
    private long notApproved;
    private Function<String, BigDecimal> price;
    private String prices;
    private BigDecimal cost = BigDecimal.ZERO;

    /**
     * A report to the given streams.
     *
     * @param embargo when the embargo lifts, as of now, for the second line
     * @param endpoint where a live run would send the posts, for the last line
     */
    public DryRunReport(PrintWriter out, PrintWriter err, String embargo, String endpoint) {
        this.out = out;
        this.err = err;
        this.embargo = embargo;
        this.endpoint = endpoint;
    }

    /**
     * Adds a last line with what the requests would cost, for a network whose API is paid.
     *
     * @param priceOfText what posting one text costs, in US dollars
     * @param pricesShown the prices as the user reads them, such as "$0.015 a post"
     * @return this report
     */
    public DryRunReport costing(Function<String, BigDecimal> priceOfText, String pricesShown) {
        this.price = priceOfText;
        this.prices = pricesShown;
        return this;
    }

    /** {@code $0.415}, {@code $0.20}: dollars with at least two decimals. */
    public static String dollars(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return "$"
                + plain.setScale(Math.max(2, plain.scale()), RoundingMode.UNNECESSARY)
                        .toPlainString();
    }

    @Override
    public void started(List<PlannedPost> posts) {
        outputs = posts.size();
        notApproved = posts.stream().filter(p -> !p.approval().approved()).count();
        out.println("Dry run: nothing is sent. Add --live to post.");
        out.println(embargo);
    }

    @Override
    public void alreadyPosted(PlannedPost post, PlannedPost.Part part, LedgerPart entry) {
        show(post, part, ", already posted as " + entry.postId());
    }

    @Override
    public void sent(
            PlannedPost post, PlannedPost.Part part, Optional<PostedId> inReplyTo, PostedId id) {
        requests++;
        if (price != null) {
            cost = cost.add(price.apply(part.text()));
        }
        show(post, part, "");
    }

    @Override
    public void found(PlannedPost post, PlannedPost.Part part, PostedId id) {
        show(post, part, ", posted by an earlier run as " + id);
    }

    @Override
    public void neverPosted(PlannedPost post, PlannedPost.Part part) {
        show(post, part, ", example data: never posted");
    }

    @Override
    public void note(String line) {
        out.println(line);
    }

    @Override
    public void notPosted(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public void finished(RunSummary summary) {
        out.println();
        out.println(
                outputs
                        + (outputs == 1 ? " output, " : " outputs, ")
                        + requests
                        + (requests == 1 ? " request" : " requests")
                        + " a live run would send to "
                        + endpoint
                        + ".");
        if (notApproved > 0) {
            out.println(
                    notApproved
                            + " of "
                            + outputs
                            + " not approved as they stand: a live run posts only approved texts"
                            + " (presskit approve).");
        }
        if (price != null) {
            out.println(
                    "Cost at the current prices ("
                            + prices
                            + "): "
                            + dollars(cost)
                            + (requests == 1
                                    ? " for 1 request."
                                    : " for " + requests + " requests."));
        }
        out.flush();
    }

    private void show(PlannedPost post, PlannedPost.Part part, String state) {
        out.println();
        out.println(
                post.label(part)
                        + " "
                        + part.lengthLabel()
                        + (part.number() > 1 ? ", replies to part " + (part.number() - 1) : "")
                        // A thread's approval covers all its parts: said once, at its first.
                        + (part.number() == 1 ? ", " + post.approval().describe() : "")
                        + state);
        for (String line : part.text().split("\n", -1)) {
            out.println("  " + line);
        }
    }
}
