package presskit.validate.links;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks links online: each unique URL once (however many outputs use it, with whatever tracking
 * parameters), concurrently within {@link LinkCheckOptions}, reusing fresh results from a {@link
 * LinkCache}.
 */
public final class LinkChecker {

    private final LinkCache cache;
    private final HostLanes lanes;

    /**
     * A checker that reuses and stores results in the given cache ({@link LinkCache#disabled()} for
     * none).
     */
    public LinkChecker(LinkCheckOptions options, LinkCache cache) {
        Objects.requireNonNull(options, "options");
        this.cache = Objects.requireNonNull(cache, "cache");
        HttpClient client =
                HttpClient.newBuilder()
                        // Redirects are followed one by one by UrlProbe, to record and bound the
                        // chain.
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(options.timeout())
                        .build();
        UrlProbe probe =
                new UrlProbe(
                        new PageFetcher(client, options.maxBodyBytes()),
                        new HostPermits(options.perHost()),
                        options);
        this.lanes = new HostLanes(probe, options.maxConcurrency(), options.perHost());
    }

    /**
     * Checks every unique URL of the uses and returns one result per URL, in the order the URLs
     * first appear, each listing all the outputs that use it.
     */
    public List<LinkResult> check(Collection<LinkUse> uses, LinkCheckListener listener) {
        Objects.requireNonNull(listener, "listener");
        Map<String, Set<String>> users = byKey(uses);
        int total = users.size();
        listener.started(total);
        Map<String, LinkResult> results = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        List<String> toCheck = new ArrayList<>();
        for (String key : users.keySet()) {
            Optional<LinkResult> cached = cache.lookup(key);
            if (cached.isPresent()) {
                results.put(key, cached.get());
                listener.checked(withUsers(cached.get(), users), done.incrementAndGet(), total);
            } else {
                toCheck.add(key);
            }
        }
        List<LinkResult> fresh = new ArrayList<>();
        lanes.checkAll(
                toCheck,
                result -> {
                    results.put(result.url(), result);
                    synchronized (fresh) {
                        fresh.add(result);
                    }
                    listener.checked(withUsers(result, users), done.incrementAndGet(), total);
                });
        try {
            cache.store(fresh);
        } catch (IOException | RuntimeException e) {
            listener.warning("could not write the link cache: " + Reasons.message(e));
        }
        List<LinkResult> ordered = new ArrayList<>(total);
        for (String key : users.keySet()) {
            ordered.add(withUsers(results.getOrDefault(key, HostLanes.stopped(key)), users));
        }
        return List.copyOf(ordered);
    }

    /** Checks the uses without telling anyone how it goes. */
    public List<LinkResult> check(Collection<LinkUse> uses) {
        return check(uses, LinkCheckListener.NONE);
    }

    private static Map<String, Set<String>> byKey(Collection<LinkUse> uses) {
        Map<String, Set<String>> users = new LinkedHashMap<>();
        for (LinkUse use : uses) {
            users.computeIfAbsent(UrlKey.of(use.url()), k -> new LinkedHashSet<>())
                    .addAll(use.usedBy());
        }
        return users;
    }

    private static LinkResult withUsers(LinkResult result, Map<String, Set<String>> users) {
        return result.withUsedBy(List.copyOf(users.get(result.url())));
    }
}
