package presskit.validate.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Remembers the results of working links for a while, in {@code links.json} under a cache folder,
 * so a re-run after fixing one link re-checks only what is not known to work. Failures are never
 * cached: they are what the user is fixing, and the next run must look again.
 */
public final class LinkCache {

    /** How long a result is trusted unless told otherwise. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private record Entry(Instant checkedAt, LinkResult result) {}

    private final Path file;
    private final Duration ttl;
    private final Clock clock;
    private final boolean reuse;
    private Map<String, Entry> entries;

    private LinkCache(Path file, Duration ttl, Clock clock, boolean reuse) {
        this.file = file;
        this.ttl = ttl;
        this.clock = clock;
        this.reuse = reuse;
    }

    /** A cache in the folder (created when first written), trusting a result for {@code ttl}. */
    public static LinkCache in(Path dir, Duration ttl, Clock clock) {
        Objects.requireNonNull(dir, "dir");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("'ttl' must not be negative: " + ttl);
        }
        return new LinkCache(
                dir.resolve("links.json"), ttl, Objects.requireNonNull(clock, "clock"), true);
    }

    /** No cache: nothing is reused and nothing written. */
    public static LinkCache disabled() {
        return new LinkCache(null, Duration.ZERO, Clock.systemUTC(), false);
    }

    /**
     * The same cache, but one that reuses nothing: every URL is checked and the results are stored.
     */
    public LinkCache refreshing() {
        return new LinkCache(file, ttl, clock, false);
    }

    /**
     * The stored result for a URL (normalised as {@link UrlKey} does) if it is younger than the
     * TTL.
     */
    public synchronized Optional<LinkResult> lookup(String url) {
        if (!reuse || file == null) {
            return Optional.empty();
        }
        Entry entry = entries().get(UrlKey.of(url));
        return entry != null && fresh(entry)
                ? Optional.of(entry.result().asCached())
                : Optional.empty();
    }

    /**
     * When a result was checked: for a working link, the time its entry was stored (by this run or,
     * for a result reused from the cache, by the run that checked it); for a failure, which is
     * never stored, now.
     */
    public synchronized Instant checkedAt(LinkResult result) {
        Entry entry = file == null || result.isFailure() ? null : entries().get(result.url());
        return entry == null ? clock.instant() : entry.checkedAt();
    }

    /**
     * Adds the working links among the results, drops expired entries and rewrites the file
     * atomically.
     */
    public synchronized void store(Collection<LinkResult> results) throws IOException {
        if (file == null || results.stream().allMatch(LinkResult::isFailure)) {
            return;
        }
        Map<String, Entry> all = entries();
        Instant now = clock.instant();
        results.stream()
                .filter(r -> !r.isFailure())
                .forEach(r -> all.put(r.url(), new Entry(now, r)));
        all.values().removeIf(e -> !fresh(e));
        ObjectNode root = LinkJson.MAPPER.createObjectNode();
        root.put("version", 1);
        ObjectNode links = root.putObject("links");
        all.forEach(
                (url, e) ->
                        links.putObject(url)
                                .put("checked_at", e.checkedAt().toString())
                                .set("result", LinkJson.toJson(e.result().withUsedBy(List.of()))));
        AtomicFile.replace(
                file, LinkJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private boolean fresh(Entry entry) {
        // The age against the TTL, never checkedAt + TTL: a TTL of centuries is "always fresh",
        // not an instant beyond the calendar.
        return Duration.between(entry.checkedAt(), clock.instant()).compareTo(ttl) < 0;
    }

    private Map<String, Entry> entries() {
        if (entries == null) {
            entries = read();
        }
        return entries;
    }

    private static boolean withoutCredentials(LinkResult r) {
        return Stream.concat(
                        Stream.of(r.url(), r.finalUrl(), r.og().image()),
                        r.redirects().stream().map(Redirect::url))
                .filter(Objects::nonNull)
                .allMatch(url -> UrlKey.withoutUserInfo(url).equals(url));
    }

    private Map<String, Entry> read() {
        Map<String, Entry> loaded = new LinkedHashMap<>();
        try {
            JsonNode root = LinkJson.MAPPER.readTree(file.toFile());
            root.path("links")
                    .fields()
                    .forEachRemaining(
                            f ->
                                    loaded.put(
                                            f.getKey(),
                                            new Entry(
                                                    Instant.parse(
                                                            f.getValue()
                                                                    .path("checked_at")
                                                                    .asText()),
                                                    LinkJson.fromJson(
                                                            f.getValue().path("result")))));
            // An entry whose key is not a key today was written by an older presskit that kept
            // user names and passwords in URLs: it is dropped, and with it the credential.
            loaded.entrySet()
                    .removeIf(
                            e ->
                                    !UrlKey.of(e.getKey()).equals(e.getKey())
                                            || !withoutCredentials(e.getValue().result()));
        } catch (IOException | RuntimeException unreadable) {
            // A missing, older or damaged cache only costs a fresh check; it is rewritten on the
            // next store.
            loaded.clear();
        }
        return loaded;
    }
}
