package presskit.publish;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Posts planned posts and threads in order, recording each part in the ledger before and after its
 * request, so a re-run skips what is posted and continues a thread where it stopped.
 *
 * <p>An unknown outcome is resolved by reading, never by sending blindly. A part found in the
 * "sending" state was in flight when an earlier run died: the run first asks the network for it
 * ({@link Publisher#find}) and records it as posted when it is there, so a thread continues from
 * it; only a part the network does not have is sent again, under the network's key recorded before
 * the first request (Mastodon's idempotency key, Bluesky's record key). The same holds within a
 * run, for a retry after an answer that may have come after the post was made.
 *
 * <p>A dry run goes through this same loop: its publisher sends nothing, its {@link LedgerStore}
 * keeps nothing, and its {@link RunReport} shows what a live run would send.
 */
public final class PublishRun {

    private final Publisher publisher;
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
        this.publisher = publisher;
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
        Optional<PostedId> root = Optional.empty();
        Optional<PostedId> previous = Optional.empty();
        for (PlannedPost.Part part : post.parts()) {
            String label = post.label(part);
            String hash = ContentHash.of(part.text());
            Optional<LedgerPart> known = ledger.part(post.outputId(), part.number());
            boolean mayExist = false;
            if (known.isPresent()) {
                LedgerPart entry = known.get();
                boolean sameText = entry.sha256().equals(hash);
                if (entry.state() == PartState.POSTED && sameText) {
                    report.alreadyPosted(post, part, entry);
                    alreadyPosted++;
                    previous = entry.posted();
                    root = root.or(() -> entry.posted());
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
                if (entry.state() == PartState.SENDING && !sameText) {
                    skipRest(
                            post,
                            part,
                            label
                                    + ": not sent: an earlier run was sending another text for it"
                                    + " and got no answer, so that text may be live. Check the"
                                    + " account, then delete this part's ledger entry to post the"
                                    + " new text.");
                    return;
                }
                mayExist = entry.state() == PartState.SENDING;
            }
            Optional<String> key = mayExist ? known.get().networkKey() : publisher.newKey();
            PartRequest request = new PartRequest(post, part, key, root, previous);
            if (mayExist) {
                Optional<PostedId> found = findEarlier(request);
                if (found.isPresent()) {
                    record(post, known.get().posted(found.get(), clock.instant()));
                    report.found(post, part, found.get());
                    alreadyPosted++;
                    previous = found;
                    root = root.or(() -> found);
                    continue;
                }
                report.note(
                        label
                                + ": was being sent when an earlier run stopped, and it is not on"
                                + " the network; sending it"
                                + key.map(k -> " under the same key").orElse("")
                                + " now");
            }
            Optional<PostedId> id = send(request, hash, known, mayExist);
            if (id.isEmpty()) {
                return;
            }
            previous = id;
            root = root.or(() -> id);
        }
    }

    /** Looks for a part an earlier run may have posted; a failure to look stops the run. */
    private Optional<PostedId> findEarlier(PartRequest request)
            throws PublishFailure, InterruptedException {
        try {
            return sender.find(request);
        } catch (PublishFailure failure) {
            skipRest(request.post(), request.part(), null);
            throw new PublishFailure(
                    failure.kind(),
                    request.label()
                            + ": cannot tell whether an earlier run posted it ("
                            + failure.getMessage()
                            + "), so it is not sent again yet",
                    failure.resetAt().orElse(null),
                    false);
        }
    }

    private Optional<PostedId> send(
            PartRequest request, String hash, Optional<LedgerPart> before, boolean mayExist)
            throws PublishFailure, IOException, InterruptedException {
        PlannedPost post = request.post();
        PlannedPost.Part part = request.part();
        String label = request.label();
        LedgerPart sending =
                LedgerPart.sending(
                        part.number(), hash, request.key(), request.parent(), clock.instant());
        record(post, sending);
        try {
            PostedId id = sender.send(request, mayExist);
            record(post, sending.posted(id, clock.instant()));
            report.sent(post, part, request.parent(), id);
            posted++;
            return Optional.of(id);
        } catch (PublishFailure failure) {
            switch (failure.kind()) {
                case DUPLICATE, REPLY_REFUSED -> {
                    record(post, sending.refused(failure.getMessage(), clock.instant()));
                    skipRest(post, part, label + ": not posted: " + failure.getMessage());
                    return Optional.empty();
                }
                case REJECTED -> {
                    if (mayExist) {
                        record(post, sending.unconfirmed(failure.getMessage()));
                    } else {
                        restore(post, part.number(), before);
                    }
                    skipRest(post, part, label + ": not posted: " + failure.getMessage());
                    return Optional.empty();
                }
                default -> {
                    if (failure.mayHaveArrived() || mayExist) {
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
