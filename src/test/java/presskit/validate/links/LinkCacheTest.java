package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {

    @TempDir Path dir;

    private TestSite site;
    private final MutableClock clock = new MutableClock(Instant.parse("2023-03-14T08:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private List<LinkResult> run(LinkCache cache, String... paths) {
        List<LinkUse> uses =
                java.util.Arrays.stream(paths)
                        .map(p -> LinkUse.of(site.url(p), "out" + p))
                        .toList();
        return new LinkChecker(LinkCheckOptions.defaults(), cache).check(uses);
    }

    private LinkCache cache() {
        return LinkCache.in(dir.resolve(".presskit/cache"), Duration.ofHours(1), clock);
    }

    @Test
    void secondRunWithinTheTtlMakesNoRequest() {
        run(cache(), "/og", "/report.pdf");
        clock.advance(Duration.ofMinutes(59));
        List<LinkResult> again = run(cache(), "/og", "/report.pdf");
        assertThat(site.hits("/og")).isEqualTo(1);
        assertThat(site.hits("/report.pdf")).isEqualTo(1);
        assertThat(again).allMatch(LinkResult::cached);
        assertThat(again.get(0).title()).isEqualTo("Socialchefsrapporten 2023");
        assertThat(again.get(0).og().image()).isEqualTo(site.url("/img/card.png"));
        assertThat(again.get(0).usedBy()).containsExactly("out/og");
        assertThat(again.get(1).verdict()).isEqualTo(Verdict.NOT_HTML);
    }

    @Test
    void afterTheTtlTheLinkIsCheckedAgain() {
        run(cache(), "/og");
        clock.advance(Duration.ofMinutes(61));
        List<LinkResult> again = run(cache(), "/og");
        assertThat(site.hits("/og")).isEqualTo(2);
        assertThat(again.get(0).cached()).isFalse();
    }

    @Test
    void refreshingCacheChecksAgainAndStoresTheNewResult() {
        run(cache(), "/og");
        run(cache().refreshing(), "/og");
        assertThat(site.hits("/og")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(30));
        run(cache(), "/og");
        assertThat(site.hits("/og")).isEqualTo(2);
    }

    @Test
    void failuresAreNotCachedSoAFixedPageIsSeenAtOnce() {
        run(cache(), "/missing", "/og");
        run(cache(), "/missing", "/og");
        assertThat(site.hits("/missing")).isEqualTo(2);
        assertThat(site.hits("/og")).isEqualTo(1);
    }

    @Test
    void aReusedResultKeepsTheTimeItWasCheckedAndAFailureIsCheckedNow() {
        Instant first = clock.instant();
        run(cache(), "/og");
        clock.advance(Duration.ofMinutes(10));
        LinkCache cache = cache();

        List<LinkResult> again = run(cache, "/og", "/missing");

        assertThat(again.get(0).cached()).isTrue();
        assertThat(cache.checkedAt(again.get(0))).isEqualTo(first);
        assertThat(cache.checkedAt(again.get(1))).isEqualTo(first.plus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(1));
        LinkCache refreshing = cache().refreshing();
        LinkResult rechecked = run(refreshing, "/og").get(0);
        assertThat(refreshing.checkedAt(rechecked)).isEqualTo(first.plus(Duration.ofMinutes(11)));
    }

    @Test
    void trackingVariantsShareOneEntry() {
        LinkCache cache = cache();
        run(cache, "/og");
        assertThat(cache().lookup(site.url("/og?utm_source=x#top"))).isPresent();
    }

    @Test
    void damagedCacheFileIsIgnoredAndRewritten() throws IOException {
        Path file = dir.resolve(".presskit/cache/links.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{not json");
        run(cache(), "/og");
        assertThat(site.hits("/og")).isEqualTo(1);
        assertThat(Files.readString(file)).contains("\"checked_at\" : \"2023-03-14T08:00:00Z\"");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    /**
     * A cache written before credentials were dropped (invented ones here) loses those entries at
     * the next store instead of keeping the password for another hour.
     */
    @Test
    void entriesWithCredentialsFromAnOlderCacheAreDroppedWhenItIsRewritten() throws IOException {
        Path file = dir.resolve(".presskit/cache/links.json");
        Files.createDirectories(file.getParent());
        String old = site.url("/creds").replace("http://", "http://linkuser:secretpass123@");
        String redirected = site.url("/to-creds");
        Files.writeString(
                file,
                "{\"version\": 1, \"links\": {"
                        + entry(old, old)
                        + ", "
                        + entry(redirected, site.credentialsUrl("/creds"))
                        + "}}");

        run(cache(), "/og");

        assertThat(Files.readString(file))
                .contains(site.url("/og"))
                .doesNotContainIgnoringCase("secretpass")
                .doesNotContainIgnoringCase("TOPSECRETPW");
        assertThat(cache().lookup(redirected)).isEmpty();
    }

    private static String entry(String key, String finalUrl) {
        return "\""
                + key
                + "\": {\"checked_at\": \"2023-03-14T07:59:00Z\", \"result\": {\"url\": \""
                + key
                + "\", \"verdict\": \"ok\", \"final_url\": \""
                + finalUrl
                + "\", \"reason\": \"OK\"}}";
    }

    @Test
    void disabledCacheWritesNothing() {
        run(LinkCache.disabled(), "/og");
        run(LinkCache.disabled(), "/og");
        assertThat(site.hits("/og")).isEqualTo(2);
        assertThat(dir).isEmptyDirectory();
    }
}
