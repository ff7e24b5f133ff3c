package presskit.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one text through a {@link Publisher}, waiting out rate limits and retrying server and
 * connection errors as the {@link RetryPolicy} allows; every other failure goes straight back to
 * the run loop.
 */
final class PartSender {

    /** The announced reset is whole seconds and clocks differ a little: wait one second more. */
    private static final Duration RESET_MARGIN = Duration.ofSeconds(1);

    private final Publisher publisher;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RunReport report;

    PartSender(
            Publisher publisher,
            RetryPolicy policy,
            Clock clock,
            Sleeper sleeper,
            RunReport report) {
        this.publisher = publisher;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.report = report;
    }

    /**
     * Sends the part, retrying as the policy allows; before each retry after an answer that may
     * have come after the post was made, and on a duplicate refusal then, it looks for the post
     * first.
     *
     * @param mayExist whether an earlier request for this part (an earlier run's) may have arrived
     */
    PostedId send(PartRequest request, boolean mayExist)
            throws PublishFailure, InterruptedException {
        String label = request.label();
        boolean mayHaveArrived = mayExist;
        int attempt = 0;
        int waits = 0;
        while (true) {
            attempt++;
            try {
                return publisher.post(request);
            } catch (PublishFailure failure) {
                if (failure.kind() == PublishFailure.Kind.RATE_LIMITED) {
                    waitForReset(label, failure, ++waits);
                    // A refused request did not use up a try.
                    attempt--;
                    continue;
                }
                if (failure.kind() == PublishFailure.Kind.DUPLICATE && mayHaveArrived) {
                    // An earlier try did arrive: this is the post to continue from.
                    Optional<PostedId> found = find(request);
                    if (found.isPresent()) {
                        return found.get();
                    }
                    throw failure;
                }
                mayHaveArrived |= failure.mayHaveArrived();
                if (failure.kind() == PublishFailure.Kind.TRANSIENT && attempt < policy.tries()) {
                    Duration pause = policy.backoffAfter(attempt);
                    report.note(
                            label
                                    + ": "
                                    + failure.getMessage()
                                    + "; trying again in "
                                    + PublishTime.show(pause)
                                    + " (try "
                                    + (attempt + 1)
                                    + " of "
                                    + policy.tries()
                                    + ")");
                    sleeper.sleep(pause);
                    if (failure.mayHaveArrived()) {
                        Optional<PostedId> found = find(request);
                        if (found.isPresent()) {
                            return found.get();
                        }
                    }
                } else if (failure.kind() == PublishFailure.Kind.TRANSIENT) {
                    throw new PublishFailure(
                            failure.kind(),
                            "gave up after "
                                    + policy.tries()
                                    + " tries (last: "
                                    + failure.getMessage()
                                    + ")",
                            mayHaveArrived);
                } else {
                    throw failure;
                }
            }
        }
    }

    /**
     * Asks the network for a part whose request may have arrived, waiting out its rate limit as for
     * a post.
     */
    Optional<PostedId> find(PartRequest request) throws PublishFailure, InterruptedException {
        int waits = 0;
        while (true) {
            try {
                Optional<PostedId> found = publisher.find(request);
                found.ifPresent(
                        id ->
                                report.note(
                                        request.label()
                                                + ": an earlier request did arrive; the network has it as "
                                                + id));
                return found;
            } catch (PublishFailure failure) {
                if (failure.kind() != PublishFailure.Kind.RATE_LIMITED) {
                    throw failure;
                }
                waitForReset(request.label(), failure, ++waits);
            }
        }
    }

    private void waitForReset(String label, PublishFailure failure, int waits)
            throws PublishFailure, InterruptedException {
        Optional<Instant> reset = failure.resetAt();
        if (reset.isEmpty()) {
            throw new PublishFailure(
                    PublishFailure.Kind.RATE_LIMITED,
                    "rate-limited, and the network did not say"
                            + " until when; run the same command again in "
                            + PublishTime.show(policy.maxWait()),
                    false);
        }
        Instant now = clock.instant();
        Duration wait = Duration.between(now, reset.get()).plus(RESET_MARGIN);
        if (wait.isNegative()) {
            wait = RESET_MARGIN;
        }
        if (waits > policy.rateLimitWaits()) {
            throw new PublishFailure(
                    PublishFailure.Kind.RATE_LIMITED,
                    "still rate-limited after "
                            + (waits - 1)
                            + " waits; run the same command again after "
                            + PublishTime.show(reset.get()),
                    reset.get(),
                    false);
        }
        if (wait.compareTo(policy.maxWait()) > 0) {
            throw new PublishFailure(
                    PublishFailure.Kind.RATE_LIMITED,
                    "rate-limited until "
                            + PublishTime.show(reset.get())
                            + ", longer than the "
                            + PublishTime.show(policy.maxWait())
                            + " this run may wait; run the same command again after that time",
                    reset.get(),
                    false);
        }
        report.note(
                label
                        + ": rate-limited; waiting "
                        + PublishTime.show(wait)
                        + " until the limit resets at "
                        + PublishTime.show(reset.get()));
        sleeper.sleep(wait);
    }
}
