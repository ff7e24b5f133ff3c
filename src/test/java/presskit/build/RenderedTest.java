package presskit.build;

import static org.assertj.core.api.Assertions.assertThat;
import static presskit.build.MinimalWithLocal.campaign;
import static presskit.build.MinimalWithLocal.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.channel.Channels;
import presskit.kit.Kit;
import presskit.kit.Output;
import presskit.plan.Rendered;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;

/**
 * A preview rebuilding after a save renders only the outputs whose job changed and takes the others
 * from the build before, and its kit is still the one a fresh build makes. The campaign is the
 * invented minimal fixture, with a region and its municipalities so that local posts and their
 * frames are made too.
 */
class RenderedTest {

    private static final Path TEMPLATES = Path.of("templates");

    @TempDir Path tmp;

    @Test
    void aBuildAfterOneChangedShortMessageRendersOnlyWhatSaysItAndEqualsAFreshBuild()
            throws IOException {
        LoadedCampaign before = campaign(tmp, "Testa mera.");
        LoadedCampaign after = campaign(tmp, "Testa mera i år.");
        TemplateEngine engine = new TemplateEngine(TEMPLATES);
        Channels channels = ChannelSetup.of(before);

        Rendered first = build(engine, channels, before, Rendered.NOTHING);
        Rendered second = build(engine, channels, after, first);
        Kit fresh = build(new TemplateEngine(TEMPLATES), channels, after, Rendered.NOTHING).kit();

        assertThat(files(second.kit())).isEqualTo(files(fresh));
        assertThat(second.kit().frames()).isNotEmpty().isEqualTo(fresh.frames());

        Set<Output> earlier = identities(first.kit().outputs());
        List<Output> taken = second.kit().outputs().stream().filter(earlier::contains).toList();
        List<Output> renderedAgain =
                second.kit().outputs().stream().filter(o -> !earlier.contains(o)).toList();
        // The local posts do not say the short message: all taken, as most of the kit is.
        assertThat(taken).anyMatch(o -> o.id().kind().equals("local"));
        assertThat(taken.size()).isGreaterThan(renderedAgain.size());
        // What says the message is rendered again, with the new words.
        assertThat(renderedAgain).isNotEmpty().anyMatch(o -> text(o).contains("Testa mera i år."));
        assertThat(taken).noneMatch(o -> text(o).contains("Testa mera"));
    }

    @Test
    void anotherEngineTakesNothing() throws IOException {
        LoadedCampaign campaign = campaign(tmp, "Testa mera.");
        Channels channels = ChannelSetup.of(campaign);
        Rendered first = build(new TemplateEngine(TEMPLATES), channels, campaign, Rendered.NOTHING);

        // A saved template gives a new engine: every output is rendered with it.
        Rendered second = build(new TemplateEngine(TEMPLATES), channels, campaign, first);

        Set<Output> earlier = identities(first.kit().outputs());
        assertThat(second.kit().outputs()).noneMatch(earlier::contains);
        assertThat(files(second.kit())).isEqualTo(files(first.kit()));
    }

    /** The national edition, region 18 and its municipalities, with frames, as serve builds. */
    private static Rendered build(
            TemplateEngine engine, Channels channels, LoadedCampaign campaign, Rendered earlier) {
        return MinimalWithLocal.build(engine, channels, campaign, earlier, null, null);
    }

    private static String text(Output output) {
        return String.join("\n", files(new Kit(2023, null, List.of(output), List.of())).values());
    }

    private static Set<Output> identities(List<Output> outputs) {
        Set<Output> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(outputs);
        return set;
    }
}
