package presskit.build;

import static org.assertj.core.api.Assertions.assertThat;
import static presskit.build.MinimalWithLocal.campaign;
import static presskit.build.MinimalWithLocal.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.plan.RenderMemo;
import presskit.plan.Rendered;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;

/**
 * A build in a new process takes from the file the last build kept ({@link RenderMemo}) every
 * output whose job has the same key, renders the others, and makes the kit a fresh build makes.
 * Each build here has an engine of its own, as a new process has, so nothing is taken from memory.
 * The campaign is the invented minimal fixture with a region and its municipalities (local posts
 * and their frames too).
 */
class RenderMemoTest {

    private static final Path TEMPLATES = Path.of("templates");
    private static final String CONTEXT = "presskit under test\ntemplates of the repository";

    @TempDir Path tmp;

    @Test
    void theSameCampaignAgainTakesEveryOutputWithItsFrame() throws IOException {
        LoadedCampaign campaign = campaign(tmp, "Testa mera.");
        Rendered first = build(campaign, RenderMemo.NONE, CONTEXT);
        RenderMemo kept = keep(first);
        assertThat(kept.size()).isEqualTo(first.kit().outputs().size());

        Rendered second = build(campaign, kept, CONTEXT);

        assertThat(second.made()).isZero();
        assertThat(files(second.kit())).isEqualTo(files(first.kit()));
        assertThat(second.kit().frames()).isNotEmpty().isEqualTo(first.kit().frames());
    }

    @Test
    void aChangedShortMessageRendersOnlyWhatSaysItAndEqualsAFreshBuild() throws IOException {
        Rendered first = build(campaign(tmp, "Testa mera."), RenderMemo.NONE, CONTEXT);
        LoadedCampaign after = campaign(tmp, "Testa mera i år.");

        Rendered second = build(after, keep(first), CONTEXT);
        Rendered fresh = build(after, RenderMemo.NONE, CONTEXT);

        assertThat(fresh.made()).isEqualTo(fresh.kit().outputs().size());
        assertThat(second.made()).isPositive().isLessThan(fresh.made() / 2);
        assertThat(files(second.kit())).isEqualTo(files(fresh.kit()));
        assertThat(second.kit().frames()).isEqualTo(fresh.kit().frames());
    }

    @Test
    void anotherContextTakesNothing() throws IOException {
        LoadedCampaign campaign = campaign(tmp, "Testa mera.");
        RenderMemo kept = keep(build(campaign, RenderMemo.NONE, CONTEXT));

        // Another presskit, or a template saved: every key differs.
        Rendered second = build(campaign, kept, CONTEXT + " (a template changed)");

        assertThat(second.made()).isEqualTo(second.kit().outputs().size());
    }

    @Test
    void aDamagedFileIsIgnoredWhole() throws IOException {
        Rendered first = build(campaign(tmp, "Testa mera."), RenderMemo.NONE, CONTEXT);
        Path file = tmp.resolve("kept");
        try (OutputStream out = Files.newOutputStream(file)) {
            RenderMemo.write(first, out);
        }
        byte[] whole = Files.readAllBytes(file);
        assertThat(RenderMemo.read(file).size()).isPositive();

        byte[] flipped = whole.clone();
        flipped[whole.length / 2] ^= 0x20;
        assertThat(read(flipped).size()).as("one byte changed").isZero();
        assertThat(read(Arrays.copyOf(whole, whole.length - 9)).size()).as("cut short").isZero();
        assertThat(read(Arrays.copyOf(whole, whole.length + 1)).size()).as("longer").isZero();
        assertThat(read(new byte[0]).size()).as("empty").isZero();
        assertThat(read("not a memo".getBytes(StandardCharsets.UTF_8)).size()).isZero();
        assertThat(RenderMemo.read(tmp.resolve("missing")).size()).isZero();
    }

    private RenderMemo read(byte[] bytes) throws IOException {
        Path file = Files.write(tmp.resolve("damaged"), bytes);
        return RenderMemo.read(file);
    }

    /**
     * What {@code rendered} keeps, written to a file and read back, as the next process reads it.
     */
    private RenderMemo keep(Rendered rendered) throws IOException {
        Path file = tmp.resolve("kept-" + System.nanoTime());
        try (OutputStream out = Files.newOutputStream(file)) {
            RenderMemo.write(rendered, out);
        }
        return RenderMemo.read(file);
    }

    /** The national edition, region 18 and its municipalities, with frames, in a new engine. */
    private static Rendered build(LoadedCampaign campaign, RenderMemo kept, String context) {
        return MinimalWithLocal.build(
                new TemplateEngine(TEMPLATES),
                ChannelSetup.of(campaign),
                campaign,
                Rendered.NOTHING,
                kept,
                context);
    }
}
