package presskit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run loop's rule for an unknown outcome: it is resolved by reading, never by sending blindly.
 * The network here keeps its posts in memory and can fail after it has made a post, as X does with
 * a 503; the HTTP adapters have their own tests against local servers.
 */
class UnknownOutcomeTest {

    static final List<String> THREAD = List.of("Del ett (1/3)", "Del två (2/3)", "Del tre (3/3)");

    @TempDir Path dir;

    final StringWriter out = new StringWriter();

    /** A network that keeps posts by id, with their text, key and parent. */
    static final class Network implements Publisher {
        record Made(String id, String text, String key, String parent) {}

        final Map<String, Made> posts = new LinkedHashMap<>();
        final List<String> requests = new ArrayList<>();
        int failAfterCreating;
        boolean duplicateFilter;
        boolean usesKeys;
        int keys;

        @Override
        public Optional<String> newKey() {
            return usesKeys ? Optional.of("key-" + ++keys) : Optional.empty();
        }

        @Override
        public PostedId post(PartRequest request) throws PublishFailure {
            requests.add("post " + request.text());
            String key = request.key().orElse(null);
            if (key != null) {
                for (Made made : posts.values()) {
                    if (key.equals(made.key())) {
                        return new PostedId(made.id());
                    }
                }
            }
            if (duplicateFilter
                    && posts.values().stream().anyMatch(m -> m.text().equals(request.text()))) {
                throw new PublishFailure(PublishFailure.Kind.DUPLICATE, "duplicate content", false);
            }
            String id = Integer.toString(100 + posts.size());
            posts.put(
                    id,
                    new Made(
                            id,
                            request.text(),
                            key,
                            request.parent().map(PostedId::value).orElse(null)));
            if (failAfterCreating > 0) {
                failAfterCreating--;
                throw new PublishFailure(
                        PublishFailure.Kind.TRANSIENT, "the server answered 503", true);
            }
            return new PostedId(id);
        }

        @Override
        public Optional<PostedId> find(PartRequest request) {
            requests.add("find " + request.text());
            return posts.values().stream()
                    .filter(m -> m.text().equals(request.text()))
                    .map(m -> new PostedId(m.id()))
                    .findFirst();
        }
    }

    @Test
    void aPostMadeBeforeA503IsFoundNotSentAgain() throws Exception {
        for (boolean filter : List.of(true, false)) {
            Network network = new Network();
            network.duplicateFilter = filter;
            network.failAfterCreating = 1;

            RunSummary summary = run(network, new Ledger(2023, "x"));

            assertThat(summary.complete()).as("duplicate filter %s", filter).isTrue();
            assertThat(network.posts.values())
                    .extracting(Network.Made::text)
                    .containsExactlyElementsOf(THREAD);
            assertThat(network.posts.values())
                    .extracting(Network.Made::parent)
                    .containsExactly(null, "100", "101");
        }
    }

    @Test
    void aPartLeftSendingThatTheNetworkHasIsRecordedAndTheThreadGoesOnFromIt() throws Exception {
        Network network = new Network();
        network.duplicateFilter = true;
        Ledger ledger = new Ledger(2023, "x");
        // An earlier run posted part 1, sent part 2 and died before recording the answer.
        network.posts.put("100", new Network.Made("100", THREAD.get(0), null, null));
        network.posts.put("101", new Network.Made("101", THREAD.get(1), null, "100"));
        ledger.put(
                "national/x/key-1",
                LedgerPart.sending(
                                1,
                                ContentHash.of(THREAD.get(0)),
                                Optional.empty(),
                                Optional.empty(),
                                Instant.EPOCH)
                        .posted(new PostedId("100"), Instant.EPOCH));
        ledger.put(
                "national/x/key-1",
                LedgerPart.sending(
                        2,
                        ContentHash.of(THREAD.get(1)),
                        Optional.empty(),
                        Optional.of(new PostedId("100")),
                        Instant.EPOCH));

        RunSummary summary = run(network, ledger);

        assertThat(summary.complete()).isTrue();
        assertThat(network.requests)
                .containsExactly("find " + THREAD.get(1), "post " + THREAD.get(2));
        assertThat(network.posts.get("102").parent()).isEqualTo("101");
        assertThat(ledger.part("national/x/key-1", 2).orElseThrow().postId()).isEqualTo("101");
        assertThat(out.toString())
                .contains("posted by an earlier run that stopped before recording it: 101");
    }

    @Test
    void aPartLeftSendingThatTheNetworkLacksIsSentUnderItsRecordedKey() throws Exception {
        Network network = new Network();
        network.usesKeys = true;
        Ledger ledger = new Ledger(2023, "mastodon");
        ledger.put(
                "national/x/key-1",
                LedgerPart.sending(
                        1,
                        ContentHash.of(THREAD.get(0)),
                        Optional.of("key-from-the-first-run"),
                        Optional.empty(),
                        Instant.EPOCH));

        run(network, ledger);

        assertThat(network.posts.get("100").key()).isEqualTo("key-from-the-first-run");
        assertThat(ledger.part("national/x/key-1", 1).orElseThrow().networkKey())
                .contains("key-from-the-first-run");
        assertThat(ledger.part("national/x/key-1", 2).orElseThrow().networkKey()).contains("key-1");
    }

    @Test
    void aPartLeftSendingWithAnotherTextIsNotSent() throws Exception {
        Network network = new Network();
        Ledger ledger = new Ledger(2023, "x");
        ledger.put(
                "national/x/key-1",
                LedgerPart.sending(
                        1,
                        ContentHash.of("En äldre text"),
                        Optional.empty(),
                        Optional.empty(),
                        Instant.EPOCH));

        RunSummary summary = run(network, ledger);

        assertThat(summary.complete()).isFalse();
        assertThat(network.requests).isEmpty();
    }

    private RunSummary run(Network network, Ledger ledger) throws Exception {
        List<PlannedPost.Part> parts = new ArrayList<>();
        for (int i = 0; i < THREAD.size(); i++) {
            parts.add(new PlannedPost.Part(i + 1, THREAD.get(i), THREAD.get(i).length(), 280));
        }
        PlannedPost thread = new PlannedPost("national/x/key-1", parts, false);
        LiveReport report =
                new LiveReport(new PrintWriter(out), new PrintWriter(out), dir.resolve("ledger"));
        return new PublishRun(
                        network,
                        RetryPolicy.standard(Duration.ofMinutes(1)),
                        LedgerStore.DRY_RUN,
                        ledger,
                        Clock.systemUTC(),
                        pause -> {},
                        report)
                .run(List.of(thread));
    }
}
