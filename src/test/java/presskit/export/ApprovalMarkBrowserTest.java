package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import presskit.cli.Main;
import presskit.load.ApprovalsFile;
import presskit.model.Approval;

/**
 * The card of an approved post says who approved it and when, the card of a post changed since says
 * so, and a card nobody approved says nothing, in headless Chromium ({@link Chromium}).
 */
class ApprovalMarkBrowserTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    @TempDir Path tmp;

    private Chromium chromium;

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anApprovedCardSaysWhoApprovedItAndAChangedOneSaysSo() throws IOException {
        Path messages = copy(MINIMAL, tmp.resolve("messages"));
        Path out = tmp.resolve("out");
        build(messages, out);
        String text = Files.readString(out.resolve("2023/national/x/short-1.txt"));
        ApprovalsFile.write(
                ApprovalsFile.of(messages, 2023),
                2023,
                List.of(
                        approval("national/x/short-1", text.substring(0, text.length() - 1)),
                        approval("national/x/key-1", "Ett tidigare utkast")));
        build(messages, out);
        chromium = Chromium.start(tmp);
        // Not Chromium.open: the minimal campaign has no places, which it waits for.
        chromium.driver().get(out.resolve("2023/index.html").toUri().toString());

        assertThat(mark("national/x/short-1"))
                .isEqualTo(List.of("Godkänd av Eva Lind 18 september 2023"));
        assertThat(mark("national/x/key-1")).isEqualTo(List.of("Ändrad efter godkännandet"));
        assertThat(mark("national/mastodon/short-1")).isEmpty();
    }

    /** The approval marks on the card of {@code id}: none, or one. */
    private List<String> mark(String id) {
        WebElement card =
                new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                        .until(
                                d ->
                                        d
                                                .findElements(
                                                        By.cssSelector(
                                                                ".post[data-id='" + id + "']"))
                                                .stream()
                                                .findFirst()
                                                .orElse(null));
        return card.findElements(By.cssSelector("p.approval")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static Approval approval(String id, String text) {
        return new Approval(
                id,
                List.of(new Approval.Part(Approval.hashOf(text), Approval.opening(text))),
                "Eva Lind",
                Instant.parse("2023-09-18T08:00:00Z"),
                "");
    }

    private static void build(Path messages, Path out) {
        StringWriter err = new StringWriter();
        int status =
                Main.run(
                        new String[] {
                            "build",
                            "--no-pdf",
                            "--messages",
                            messages.toString(),
                            "--out",
                            out.toString()
                        },
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.write(target, Files.readAllBytes(file));
                }
            }
        }
        return to;
    }
}
