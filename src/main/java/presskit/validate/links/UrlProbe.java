package presskit.validate.links;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks one URL: follows its redirects one by one (so the chain is known and bounded), retries
 * once on 429 or 503, and turns the last answer into a verdict, all within the URL's deadline.
 * Every request, redirects included, waits for a permit of the host it goes to; no address it
 * records keeps a user name or password.
 */
final class UrlProbe {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final PageFetcher fetcher;
    private final HostPermits permits;
    private final LinkCheckOptions options;

    UrlProbe(PageFetcher fetcher, HostPermits permits, LinkCheckOptions options) {
        this.fetcher = fetcher;
        this.permits = permits;
        this.options = options;
    }

    /** The result for a URL key (see {@link UrlKey}), with no outputs attached yet. */
    LinkResult check(String url) {
        long start = System.nanoTime();
        Deadline deadline = Deadline.in(options.timeout());
        Trail trail = new Trail(UrlKey.withoutUserInfo(url), start);
        URI current;
        try {
            current = Addresses.withoutUserInfo(Addresses.parse(url));
        } catch (URISyntaxException e) {
            return trail.end(Verdict.BROKEN, null, "not a valid URL: " + e.getReason());
        }
        if (!Addresses.checkable(current)) {
            return trail.end(
                    Verdict.BROKEN, null, "only absolute http and https addresses are checked");
        }
        boolean retried = false;
        while (true) {
            trail.finalUrl = current.toString();
            PageFetcher.Answer answer;
            try {
                answer = fetch(current, deadline);
            } catch (TimeoutException e) {
                String limit = Reasons.seconds(options.timeout());
                return trail.end(
                        Verdict.TIMEOUT, trail.status, "no complete answer within " + limit);
            } catch (IOException e) {
                return trail.end(Verdict.BROKEN, trail.status, Reasons.of(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return trail.end(Verdict.TIMEOUT, trail.status, "the check was stopped");
            }
            int status = answer.status();
            trail.status = status;
            if (status == 429 && retried) {
                return trail.end(
                        Verdict.RATE_LIMITED,
                        status,
                        Reasons.status(status) + " again after waiting as asked");
            }
            if ((status == 429 || status == 503) && !retried) {
                Optional<Duration> asked = RetryAfter.parse(answer.retryAfter(), options.clock());
                Duration wait = asked.orElse(options.retryBackoff());
                // Compared as durations: a huge Retry-After must not overflow into "in time".
                if (deadline.reachedAfter(wait)) {
                    return trail.end(
                            Verdict.RATE_LIMITED,
                            status,
                            Reasons.status(status)
                                    + (asked.isPresent()
                                            ? "; the server asked to retry after "
                                                    + Reasons.wait(wait)
                                            : "; no time left to retry")
                                    + ", beyond the time limit of "
                                    + Reasons.seconds(options.timeout()));
                }
                retried = true;
                if (!sleep(wait)) {
                    return trail.end(Verdict.TIMEOUT, status, "the check was stopped");
                }
                continue;
            }
            if (!REDIRECTS.contains(status)) {
                return classify(trail, answer);
            }
            if (answer.location() == null) {
                return trail.end(
                        Verdict.BROKEN, status, Reasons.status(status) + " without a Location");
            }
            URI next;
            try {
                next =
                        Addresses.withoutUserInfo(
                                current.resolve(Addresses.parse(answer.location())));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return trail.end(
                        Verdict.BROKEN,
                        status,
                        "redirects to an invalid address: "
                                + UrlKey.withoutUserInfo(answer.location()));
            }
            trail.redirects.add(new Redirect(current.toString(), status));
            if (trail.redirects.size() > options.maxRedirects()) {
                boolean loop =
                        trail.redirects.stream().anyMatch(r -> r.url().equals(next.toString()));
                return trail.end(
                        Verdict.TOO_MANY_REDIRECTS,
                        status,
                        "more than "
                                + options.maxRedirects()
                                + " redirects"
                                + (loop ? " (a loop through " + next + ")" : ""));
            }
            if (!Addresses.checkable(next)) {
                trail.finalUrl = next.toString();
                return trail.end(
                        Verdict.BROKEN,
                        status,
                        "redirects to an address that is not http or https");
            }
            current = next;
        }
    }

    private static LinkResult classify(Trail trail, PageFetcher.Answer answer) {
        int status = answer.status();
        if (status / 100 != 2) {
            return trail.end(Verdict.BROKEN, status, Reasons.status(status));
        }
        String hops =
                trail.redirects.isEmpty()
                        ? ""
                        : " after " + Reasons.plural(trail.redirects.size(), "redirect");
        if (!answer.isHtml()) {
            String type = answer.mediaType().isEmpty() ? "no content type" : answer.mediaType();
            return trail.end(Verdict.NOT_HTML, status, type + hops);
        }
        HtmlPage page = HtmlPage.parse(answer.body(), answer.charset(), trail.finalUrl);
        trail.title = page.title();
        trail.og = page.og();
        if (page.saysNotFound()) {
            String says =
                    NotFoundWording.saysNotFound(page.title()) ? page.title() : page.heading();
            return trail.end(
                    Verdict.SOFT_404,
                    status,
                    "status " + status + " but the page says \"" + says + "\"");
        }
        if (trail.redirects.isEmpty() || trail.finalUrl.equals(trail.url)) {
            return trail.end(Verdict.OK, status, "OK");
        }
        return trail.end(Verdict.REDIRECTED, status, "moved to " + trail.finalUrl + hops);
    }

    /** One request, made while holding a permit of the host it goes to. */
    private PageFetcher.Answer fetch(URI address, Deadline deadline)
            throws IOException, TimeoutException, InterruptedException {
        if (!permits.acquire(address, deadline)) {
            throw new TimeoutException();
        }
        try {
            return fetcher.get(address, deadline);
        } finally {
            permits.release(address);
        }
    }

    private static boolean sleep(Duration wait) {
        try {
            TimeUnit.NANOSECONDS.sleep(Deadline.nanos(wait));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What is known so far about one URL's check. */
    private static final class Trail {
        final String url;
        final long start;
        final List<Redirect> redirects = new ArrayList<>();
        String finalUrl;
        Integer status;
        String title;
        OpenGraph og = OpenGraph.NONE;

        Trail(String url, long start) {
            this.url = url;
            this.start = start;
        }

        LinkResult end(Verdict verdict, Integer lastStatus, String reason) {
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return new LinkResult(
                    url,
                    verdict,
                    lastStatus,
                    finalUrl,
                    redirects,
                    title,
                    og,
                    List.of(),
                    elapsedMs,
                    reason,
                    false);
        }
    }
}
