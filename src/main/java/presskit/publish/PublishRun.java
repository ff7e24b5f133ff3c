package presskit.publish;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Posts planned posts and threads in order, recording each part in the ledger before and after its
 * request, so a re-run skips what is posted and continues a thread where it stopped.
 *
 * <p>A part found in the "sending" state was in flight when an earlier run died: no id was
 * recorded, so the run cannot reply to it and sends it again, saying so. If the earlier request did
 * arrive, the network refuses the exact same text as a duplicate, which is recorded and reported
 * rather than posted twice.
 *
 * <p>A dry run goes through this same loop: its publisher sends nothing, its {@link LedgerStore}
 * keeps nothing, and its {@link RunReport} shows what a live run would send.
 */
public final class PublishRun {

    private final LedgerStore store;
    private final Ledger ledger;
    private final PartSender sender;
    private final Clock clock;
    private final RunReport report;
    private int posted;
    private int alreadyPosted;
    private int notPosted;

    public PublishRun(
            Publisher publisher,
            RetryPolicy policy,
            LedgerStore store,
            Ledger ledger,
            Clock clock,
            Sleeper sleeper,
            RunReport report) {
        this.store = store;
        this.ledger = ledger;
        this.sender = new PartSender(publisher, policy, clock, sleeper, report);
        this.clock = clock;
        this.report = report;
    }

    /**
     * Publishes every post in turn; stops at the first failure that would hit the next post too.
     */
    public RunSummary run(List<PlannedPost> posts) throws IOException, InterruptedException {
        report.started(posts);
        Optional<String> stopReason = Optional.empty();
        for (int i = 0; i < posts.size() && stopReason.isEmpty(); i++) {
            try {
                publish(posts.get(i));
            } catch (PublishFailure stop) {
                posts.subList(i + 1, posts.size())
                        .forEach(post -> notPosted += post.parts().size());
                stopReason = Optional.of(stop.getMessage());
            }
        }
        RunSummary summary = new RunSummary(posted, alreadyPosted, notPosted, stopReason);
        report.finished(summary);
        return summary;
    }

    private void publish(PlannedPost post)
            throws PublishFailure, IOException, InterruptedException {
        if (post.example()) {
            post.parts().forEach(part -> report.neverPosted(post, part));
            notPosted += post.parts().size();
            return;
        }
        Optional<PostedId> previous = Optional.empty();
        for (PlannedPost.Part part : post.parts()) {
            String label = post.label(part);
            String hash = ContentHash.of(part.text());
            Optional<LedgerPart> known = ledger.part(post.outputId(), part.number());
            if (known.isPresent()) {
                LedgerPart entry = known.get();
                boolean sameText = entry.sha256().equals(hash);
                if (entry.state() == PartState.POSTED && sameText) {
                    report.alreadyPosted(post, part, entry);
                    alreadyPosted++;
                    previous = entry.posted();
                    continue;
                }
                if (entry.state() == PartState.POSTED) {
                    skipRest(
                            post,
                            part,
                            label
                                    + ": not posted again: it was posted as "
                                    + entry.postId()
                                    + ", and its text has changed since. Delete the old post and its ledger entry to post the new text.");
                    return;
                }
                if (entry.state() == PartState.REFUSED && sameText) {
                    skipRest(
                            post,
                            part,
                            label + ": not sent again: refused earlier (" + entry.note() + ")");
                    return;
                }
                if (entry.state() == PartState.SENDING) {
                    report.note(
                            label
                                    + ": was being sent when an earlier run stopped and no"
                                    + " answer was recorded; sending it again (the network refuses an exact"
                                    + " duplicate)");
                }
            }
            Optional<PostedId> id = send(post, part, label, hash, previous, known);
            if (id.isEmpty()) {
                return;
            }
            previous = id;
        }
    }

    private Optional<PostedId> send(
            PlannedPost post,
            PlannedPost.Part part,
            String label,
            String hash,
            Optional<PostedId> replyTo,
            Optional<LedgerPart> before)
            throws PublishFailure, IOException, InterruptedException {
        LedgerPart sending = LedgerPart.sending(part.number(), hash, replyTo, clock.instant());
        record(post, sending);
        try {
            PostedId id = sender.send(label, part.text(), replyTo);
            record(post, sending.posted(id, clock.instant()));
            report.sent(post, part, replyTo, id);
            posted++;
            return Optional.of(id);
        } catch (PublishFailure failure) {
            switch (failure.kind()) {
                case DUPLICATE -> {
                    record(post, sending.refused(failure.getMessage(), clock.instant()));
                    skipRest(post, part, label + ": not posted: " + failure.getMessage());
                    return Optional.empty();
                }
                case REJECTED -> {
                    restore(post, part.number(), before);
                    skipRest(post, part, label + ": not posted: " + failure.getMessage());
                    return Optional.empty();
                }
                default -> {
                    if (failure.mayHaveArrived()) {
                        record(post, sending.unconfirmed(failure.getMessage()));
                    } else {
                        restore(post, part.number(), before);
                    }
                    skipRest(post, part, null);
                    throw new PublishFailure(
                            failure.kind(),
                            label + ": " + failure.getMessage(),
                            failure.resetAt().orElse(null),
                            failure.mayHaveArrived());
                }
            }
        }
    }

    private void skipRest(PlannedPost post, PlannedPost.Part from, String message) {
        notPosted += post.parts().size() - from.number() + 1;
        if (message != null) {
            report.notPosted(message);
        }
    }

    private void restore(PlannedPost post, int number, Optional<LedgerPart> before)
            throws IOException {
        // A request that certainly did not arrive leaves the ledger as it was before it.
        before.ifPresentOrElse(
                entry -> ledger.put(post.outputId(), entry),
                () -> ledger.remove(post.outputId(), number));
        store.save(ledger);
    }

    private void record(PlannedPost post, LedgerPart part) throws IOException {
        ledger.put(post.outputId(), part);
        store.save(ledger);
    }
}
