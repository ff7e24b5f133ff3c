package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkReportTest {

    private static LinkResult result(
            String url,
            Verdict verdict,
            Integer status,
            String title,
            String reason,
            List<String> usedBy,
            boolean cached) {
        return new LinkResult(
                url,
                verdict,
                status,
                url,
                List.of(),
                title,
                OpenGraph.NONE,
                usedBy,
                12,
                reason,
                cached);
    }

    private static final List<LinkResult> RESULTS =
            List.of(
                    result(
                            "https://vision.se/rapport",
                            Verdict.OK,
                            200,
                            "Socialchefsrapporten 2023",
                            "OK",
                            List.of(),
                            true),
                    result(
                            "https://vision.se/gammal",
                            Verdict.REDIRECTED,
                            200,
                            "Ny sida",
                            "moved to https://vision.se/ny after 1 redirect",
                            List.of(),
                            false),
                    result(
                            "https://vision.se/borta",
                            Verdict.BROKEN,
                            404,
                            null,
                            "HTTP 404 Not Found",
                            List.of("national/x", "regions/01/x", "regions/03/x"),
                            false),
                    result(
                            "https://vision.se/seg",
                            Verdict.TIMEOUT,
                            null,
                            null,
                            "no complete answer within 10 s",
                            List.of("national/release"),
                            false));

    @Test
    void tableShowsVerdictStatusUrlAndTitleOrReason() {
        StringWriter text = new StringWriter();
        new LinkReport(RESULTS).printText(new PrintWriter(text));
        assertThat(text.toString().lines())
                .containsExactly(
                        "VERDICT             STATUS  URL                        TITLE / REASON",
                        "ok                  200     https://vision.se/rapport  Socialchefsrapporten 2023",
                        "redirected          200     https://vision.se/gammal   moved to https://vision.se/ny after 1 redirect"
                                + " — Ny sida",
                        "broken              404     https://vision.se/borta    HTTP 404 Not Found"
                                + " (used by national/x and 2 more)",
                        "timeout             -       https://vision.se/seg      no complete answer within 10 s"
                                + " (used by national/release)",
                        "4 links: 1 ok, 1 redirected, 1 broken, 1 timeout; 1 from the cache");
    }

    @Test
    void failuresAreOnlyTheVerdictsThatMustBeFixed() {
        assertThat(new LinkReport(RESULTS).hasFailures()).isTrue();
        assertThat(new LinkReport(RESULTS.subList(0, 2)).hasFailures()).isFalse();
    }

    @Test
    void emptyReportSaysSo() {
        StringWriter text = new StringWriter();
        new LinkReport(List.of()).printText(new PrintWriter(text));
        assertThat(text.toString()).isEqualTo("No links to check." + System.lineSeparator());
    }

    @Test
    void progressBarDrawsAndClearsItsLine() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err));
        bar.started(4);
        bar.checked(RESULTS.get(0), 1, 4);
        bar.checked(RESULTS.get(1), 4, 4);
        String blank = " ".repeat("checking links [".length() + 30 + "] 1/4".length());
        assertThat(err.toString())
                .isEqualTo(
                        "\rchecking links [..............................] 0/4"
                                + "\rchecking links [#######.......................] 1/4"
                                + "\r"
                                + blank
                                + "\r");
    }
}
