package presskit.validate.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs URL checks on a bounded pool with a cap per host. Each host gets at most {@code perHost}
 * lanes, a lane checks that host's URLs one after the other, and lanes of different hosts are
 * started in turn, so no thread ever waits for a host's permit while another host's URLs could be
 * checked.
 */
final class HostLanes {

    private final UrlProbe probe;
    private final int maxConcurrency;
    private final int perHost;

    HostLanes(UrlProbe probe, int maxConcurrency, int perHost) {
        this.probe = probe;
        this.maxConcurrency = maxConcurrency;
        this.perHost = perHost;
    }

    /**
     * Checks every URL key and hands each result over as soon as it is known; returns when all are
     * done.
     */
    void checkAll(List<String> keys, Consumer<LinkResult> onResult) {
        if (keys.isEmpty()) {
            return;
        }
        Map<String, Queue<String>> byHost = new LinkedHashMap<>();
        for (String key : keys) {
            byHost.computeIfAbsent(UrlKey.host(key), h -> new ConcurrentLinkedQueue<>()).add(key);
        }
        List<Callable<Void>> lanes = new ArrayList<>();
        for (int round = 0; round < perHost; round++) {
            for (Queue<String> queue : byHost.values()) {
                if (round < queue.size()) {
                    lanes.add(() -> drain(queue, onResult));
                }
            }
        }
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.min(maxConcurrency, lanes.size()), threads());
        try {
            pool.invokeAll(lanes);
        } catch (InterruptedException e) {
            // The URLs not checked yet are reported as stopped by the caller.
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result for a URL whose check never ran because the run was stopped. */
    static LinkResult stopped(String key) {
        return new LinkResult(
                key,
                Verdict.TIMEOUT,
                null,
                null,
                List.of(),
                null,
                OpenGraph.NONE,
                List.of(),
                0,
                "the check was stopped",
                false);
    }

    private Void drain(Queue<String> queue, Consumer<LinkResult> onResult) {
        for (String key = queue.poll();
                key != null && !Thread.currentThread().isInterrupted();
                key = queue.poll()) {
            LinkResult result;
            try {
                result = probe.check(key);
            } catch (RuntimeException e) {
                // A page that trips the parser must not take the rest of the host's URLs down with
                // it.
                result =
                        new LinkResult(
                                key,
                                Verdict.BROKEN,
                                null,
                                key,
                                List.of(),
                                null,
                                OpenGraph.NONE,
                                List.of(),
                                0,
                                "the check failed: " + Reasons.message(e),
                                false);
            }
            onResult.accept(result);
        }
        return null;
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "link-check-" + n.incrementAndGet());
            // Never keep the program alive just for a link check.
            t.setDaemon(true);
            return t;
        };
    }
}
