package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCheckerConcurrencyTest {

    @Test
    void threeHundredOutputsUsingOneUrlMakeExactlyOneRequest() throws IOException {
        try (TestSite site = new TestSite()) {
            List<LinkUse> uses = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                // Channel tracking and fragments do not make another page.
                String url =
                        site.url("/og")
                                + switch (i % 3) {
                                    case 0 -> "";
                                    case 1 ->
                                            "?utm_source=x&utm_medium=social&utm_campaign=scr" + i;
                                    default -> "#fakta";
                                };
                uses.add(LinkUse.of(url, "municipalities/" + i + "/x"));
            }
            List<LinkResult> results =
                    new LinkChecker(LinkCheckOptions.defaults(), LinkCache.disabled()).check(uses);
            assertThat(results).hasSize(1);
            assertThat(results.get(0).url()).isEqualTo(site.url("/og"));
            assertThat(results.get(0).usedBy()).hasSize(300).startsWith("municipalities/0/x");
            assertThat(site.hits("/og")).isEqualTo(1);
            assertThat(site.totalHits()).isEqualTo(1);
        }
    }

    @Test
    void distinctSlowUrlsAreCheckedSeveralAtATimeWithinThePerHostCap() throws IOException {
        try (TestSite site = new TestSite()) {
            List<LinkUse> uses = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                uses.add(LinkUse.of(site.url("/delay/" + i)));
            }
            LinkCheckOptions options =
                    LinkCheckOptions.defaults()
                            .withTimeout(Duration.ofSeconds(10))
                            .withConcurrency(32, 16);
            List<LinkResult> results = new LinkChecker(options, LinkCache.disabled()).check(uses);
            assertThat(results)
                    .hasSize(200)
                    .extracting(LinkResult::verdict)
                    .containsOnly(Verdict.OK);
            assertThat(results.get(7).title()).isEqualTo("Page 7");
            assertThat(site.totalHits()).isEqualTo(200);
            assertThat(site.maxInFlight()).isBetween(4, 16);
        }
    }

    /** F14: a different invented user name per URL does not make the same server another host. */
    @Test
    void userNamesInTheAddressesDoNotLiftThePerHostCap() throws IOException {
        try (TestSite site = new TestSite()) {
            List<LinkUse> uses = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                uses.add(
                        LinkUse.of(
                                site.url("/delay/" + i).replace("http://", "http://u" + i + "@")));
            }
            List<LinkResult> results =
                    new LinkChecker(LinkCheckOptions.defaults(), LinkCache.disabled()).check(uses);
            assertThat(results).extracting(LinkResult::verdict).containsOnly(Verdict.OK);
            assertThat(site.totalHits()).isEqualTo(100);
            assertThat(site.maxInFlight()).isBetween(2, 8);
        }
    }

    /**
     * F14: URLs on many hosts that all redirect to one host are held to that host's cap: the cap is
     * on the host each request goes to, not on the host the URL started at.
     */
    @Test
    void redirectsFromManyHostsToOneAreHeldToTheTargetsCap() throws IOException {
        List<TestSite> shorteners = new ArrayList<>();
        try (TestSite target = new TestSite()) {
            List<LinkUse> uses = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                TestSite shortener = new TestSite();
                shorteners.add(shortener);
                for (int i = 0; i < 15; i++) {
                    uses.add(
                            LinkUse.of(
                                    shortener.redirectingTo(target.url("/delay/" + s + "-" + i))));
                }
            }
            List<LinkResult> results =
                    new LinkChecker(LinkCheckOptions.defaults(), LinkCache.disabled()).check(uses);
            assertThat(results).extracting(LinkResult::verdict).containsOnly(Verdict.REDIRECTED);
            assertThat(target.totalHits()).isEqualTo(120);
            assertThat(target.maxInFlight()).isBetween(2, 8);
        } finally {
            shorteners.forEach(TestSite::close);
        }
    }
}
