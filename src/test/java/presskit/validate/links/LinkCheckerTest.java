package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkCheckerTest {

    private static TestSite site;
    private static LinkChecker checker;

    @BeforeAll
    static void start() throws IOException {
        site = new TestSite();
        checker =
                new LinkChecker(
                        LinkCheckOptions.defaults()
                                .withTimeout(Duration.ofSeconds(2))
                                .withRetryBackoff(Duration.ofMillis(100)),
                        LinkCache.disabled());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static LinkResult check(String path) {
        List<LinkResult> results = checker.check(List.of(LinkUse.of(site.url(path), "national/x")));
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void pageWithOpenGraphTagsIsOkWithTitleAndPreview() {
        LinkResult r = check("/og");
        assertThat(r.verdict()).isEqualTo(Verdict.OK);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.finalUrl()).isEqualTo(site.url("/og"));
        assertThat(r.redirects()).isEmpty();
        assertThat(r.title()).isEqualTo("Socialchefsrapporten 2023");
        assertThat(r.og())
                .isEqualTo(
                        new OpenGraph(
                                "Socialchefer larmar",
                                "Åtta av tio socialchefer ser ökade behov.",
                                site.url("/img/card.png")));
        assertThat(r.usedBy()).containsExactly("national/x");
        assertThat(r.elapsedMs()).isNotNegative();
    }

    @Test
    void permanentRedirectToAWorkingPageIsRedirectedWithItsChain() {
        LinkResult r = check("/old");
        assertThat(r.verdict()).isEqualTo(Verdict.REDIRECTED);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.finalUrl()).isEqualTo(site.url("/og"));
        assertThat(r.redirects()).containsExactly(new Redirect(site.url("/old"), 301));
        assertThat(r.title()).isEqualTo("Socialchefsrapporten 2023");
        assertThat(r.reason()).isEqualTo("moved to " + site.url("/og") + " after 1 redirect");
    }

    @Test
    void chainOfRedirectsIsFollowedHopByHop() {
        LinkResult r = check("/hop1");
        assertThat(r.verdict()).isEqualTo(Verdict.REDIRECTED);
        assertThat(r.redirects()).extracting(Redirect::status).containsExactly(302, 307);
        assertThat(r.finalUrl()).isEqualTo(site.url("/og"));
    }

    @Test
    void redirectLoopStopsAfterTenRedirects() {
        LinkResult r = check("/loop/a");
        assertThat(r.verdict()).isEqualTo(Verdict.TOO_MANY_REDIRECTS);
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.redirects()).hasSize(11);
        assertThat(r.reason()).startsWith("more than 10 redirects (a loop through");
        assertThat(site.hits("/loop/a") + site.hits("/loop/b")).isEqualTo(11);
    }

    @Test
    void clientAndServerErrorsAreBroken() {
        LinkResult missing = check("/missing");
        assertThat(missing.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.reason()).isEqualTo("HTTP 404 Not Found");
        LinkResult error = check("/error");
        assertThat(error.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(error.status()).isEqualTo(500);
    }

    @Test
    void slowPageTimesOutWithinTheDeadline() {
        LinkResult r =
                new LinkChecker(
                                LinkCheckOptions.defaults().withTimeout(Duration.ofMillis(500)),
                                LinkCache.disabled())
                        .check(List.of(LinkUse.of(site.url("/slow"))))
                        .get(0);
        assertThat(r.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(r.status()).isNull();
        assertThat(r.reason()).isEqualTo("no complete answer within 0.5 s");
        assertThat(r.elapsedMs()).isLessThan(4_000);
    }

    @Test
    void bodyThatKeepsComingIsATimeoutToo() {
        LinkResult r =
                new LinkChecker(
                                LinkCheckOptions.defaults().withTimeout(Duration.ofMillis(800)),
                                LinkCache.disabled())
                        .check(List.of(LinkUse.of(site.url("/trickle"))))
                        .get(0);
        assertThat(r.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(r.elapsedMs()).isLessThan(4_000);
    }

    @Test
    void onlyTheStartOfAHugePageIsRead() {
        LinkResult r = check("/huge");
        assertThat(r.verdict()).isEqualTo(Verdict.OK);
        assertThat(r.title()).isEqualTo("Stor sida");
        // Socket buffers take some megabytes beyond the 1 MiB read; far from all 64.
        assertThat(site.hugeBytesSent()).isLessThan(16L * 1024 * 1024);
    }

    @Test
    void pageThatSaysItDoesNotExistIsSoft404InSwedishAndEnglish() {
        LinkResult swedish = check("/borttagen");
        assertThat(swedish.verdict()).isEqualTo(Verdict.SOFT_404);
        assertThat(swedish.status()).isEqualTo(200);
        assertThat(swedish.reason()).contains("Sidan kunde inte hittas");
        assertThat(check("/gone-en").verdict()).isEqualTo(Verdict.SOFT_404);
    }

    @Test
    void pdfIsNotHtmlAndNotAFailure() {
        LinkResult r = check("/report.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_HTML);
        assertThat(r.isFailure()).isFalse();
        assertThat(r.reason()).isEqualTo("application/pdf");
        assertThat(r.title()).isNull();
    }

    @Test
    void tooManyRequestsIsRetriedOnceAfterRetryAfter() {
        LinkResult r = check("/busy");
        assertThat(r.verdict()).isEqualTo(Verdict.OK);
        assertThat(r.title()).isEqualTo("After the wait");
        assertThat(site.hits("/busy")).isEqualTo(2);
        assertThat(r.elapsedMs()).isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void serviceUnavailableIsRetriedOnceAfterBackoff() {
        LinkResult r = check("/unavailable");
        assertThat(r.verdict()).isEqualTo(Verdict.OK);
        assertThat(site.hits("/unavailable")).isEqualTo(2);
    }

    /**
     * A Retry-After beyond any number of nanoseconds, or a date 8 000 years away, ends the check at
     * once as rate-limited, not in 292 years and not with an arithmetic error as its reason.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/busy-huge", "/busy-max", "/busy-date"})
    void aHugeRetryAfterIsRateLimitedWithinTheDeadline(String path) {
        LinkResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> check(path));
        assertThat(r.verdict()).isEqualTo(Verdict.RATE_LIMITED);
        assertThat(r.isFailure()).isTrue();
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.reason())
                .isEqualTo(
                        "HTTP 429 Too Many Requests; the server asked to retry after more than"
                                + " a day, beyond the time limit of 2 s");
        assertThat(site.hits(path)).isEqualTo(1);
    }

    @Test
    void retryAfterBeyondTheDeadlineIsNotWaitedFor() {
        LinkResult r = check("/busy-long");
        assertThat(r.verdict()).isEqualTo(Verdict.RATE_LIMITED);
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.reason())
                .isEqualTo(
                        "HTTP 429 Too Many Requests; the server asked to retry after 120 s,"
                                + " beyond the time limit of 2 s");
        assertThat(site.hits("/busy-long")).isEqualTo(1);
    }

    @Test
    void tooManyRequestsAgainAfterTheOneRetryIsRateLimitedNotBroken() {
        LinkResult r = check("/busy-always");
        assertThat(r.verdict()).isEqualTo(Verdict.RATE_LIMITED);
        assertThat(r.reason()).isEqualTo("HTTP 429 Too Many Requests again after waiting as asked");
        assertThat(site.hits("/busy-always")).isEqualTo(2);
    }

    /** Invented credentials: none may reach a result, in any case of letters. */
    @Test
    void userNameAndPasswordAreNeitherKeptNorLowerCased() {
        String withCredentials =
                site.url("/creds").replace("http://", "http://linkuser:SECRETPASS123@");
        LinkResult direct = checker.check(List.of(LinkUse.of(withCredentials))).get(0);
        assertThat(direct.verdict()).isEqualTo(Verdict.OK);
        assertThat(direct.url()).isEqualTo(site.url("/creds"));
        assertThat(direct.finalUrl()).isEqualTo(site.url("/creds"));

        LinkResult redirected = check("/to-creds");
        assertThat(redirected.verdict()).isEqualTo(Verdict.REDIRECTED);
        assertThat(redirected.finalUrl()).isEqualTo(site.url("/creds"));
        assertThat(redirected.reason())
                .isEqualTo("moved to " + site.url("/creds") + " after 1 redirect");
        assertThat(redirected.og().image()).isEqualTo(site.url("/img/card.png"));
        assertThat(List.of(direct, redirected).toString())
                .doesNotContainIgnoringCase("SECRETPASS")
                .doesNotContainIgnoringCase("TOPSECRETPW")
                .doesNotContain("linkuser", "admin");
    }

    @Test
    void onlyHttpAndHttpsAreChecked() {
        List<LinkResult> results =
                checker.check(
                        List.of(
                                LinkUse.of("ftp://127.0.0.1/file"),
                                LinkUse.of("mailto:press@vision.se"),
                                LinkUse.of("not a url"),
                                LinkUse.of(site.url("/to-ftp"))));
        assertThat(results).extracting(LinkResult::verdict).containsOnly(Verdict.BROKEN);
        assertThat(results.get(0).reason())
                .isEqualTo("only absolute http and https addresses are checked");
        assertThat(results.get(2).reason()).startsWith("not a valid URL");
        assertThat(results.get(3).reason())
                .isEqualTo("redirects to an address that is not http or https");
    }

    @Test
    void refusedConnectionIsBroken() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        LinkResult r = checker.check(List.of(LinkUse.of("http://127.0.0.1:" + port + "/"))).get(0);
        assertThat(r.verdict()).isEqualTo(Verdict.BROKEN);
        assertThat(r.status()).isNull();
        assertThat(r.reason()).isEqualTo("connection refused");
    }
}
