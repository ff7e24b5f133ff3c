package presskit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.channel.Channels;
import presskit.export.PressKitPage;
import presskit.kit.Kit;
import presskit.kit.Output;
import presskit.load.CampaignLoader;
import presskit.plan.KitBuilder;
import presskit.plan.Rendered;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;
import presskit.variant.Edition;
import presskit.variant.Editions;

/**
 * A preview rebuilding after a save renders only the outputs whose job changed and takes the others
 * from the build before, and its kit is still the one a fresh build makes. The campaign is the
 * invented minimal fixture, with a region and its municipalities so that local posts and their
 * frames are made too.
 */
class RenderedTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir Path tmp;

    @Test
    void aBuildAfterOneChangedShortMessageRendersOnlyWhatSaysItAndEqualsAFreshBuild()
            throws IOException {
        LoadedCampaign before = campaign("Testa mera.");
        LoadedCampaign after = campaign("Testa mera i år.");
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
        LoadedCampaign campaign = campaign("Testa mera.");
        Channels channels = ChannelSetup.of(campaign);
        Rendered first = build(new TemplateEngine(TEMPLATES), channels, campaign, Rendered.NOTHING);

        // A saved template gives a new engine: every output is rendered with it.
        Rendered second = build(new TemplateEngine(TEMPLATES), channels, campaign, first);

        Set<Output> earlier = identities(first.kit().outputs());
        assertThat(second.kit().outputs()).noneMatch(earlier::contains);
        assertThat(files(second.kit())).isEqualTo(files(first.kit()));
    }

    /** The minimal fixture with a local block and {@code shortMessage} as its short message. */
    private LoadedCampaign campaign(String shortMessage) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("messages-" + shortMessage.length()));
        Files.copy(MINIMAL.resolve("organisation.yaml"), folder.resolve("organisation.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        assertThat(year).contains("- Testa mera.");
        Files.writeString(
                folder.resolve("2023.yaml"),
                year.replace("- Testa mera.", "- " + shortMessage)
                        + "local: {committee: Testnämnden, question: \"Hur testar ni?\"}\n");
        return new CampaignLoader(folder).load(Optional.empty());
    }

    /** The national edition, region 18 and its municipalities, with frames, as serve builds. */
    private static Rendered build(
            TemplateEngine engine, Channels channels, LoadedCampaign campaign, Rendered earlier) {
        List<Edition> editions =
                Editions.of(
                        campaign.campaign(), new Editions.Selection(true, true, true, "18", null));
        return new KitBuilder(engine, channels)
                .build(
                        campaign,
                        editions,
                        PressKitPage.TEMPLATES,
                        LinkCards.of(campaign, List.of()),
                        true,
                        earlier);
    }

    private static Map<String, String> files(Kit kit) {
        Map<String, String> files = new TreeMap<>();
        kit.outputs()
                .forEach(
                        o ->
                                o.files()
                                        .forEach(
                                                (path, bytes) ->
                                                        files.put(
                                                                path,
                                                                new String(
                                                                        bytes,
                                                                        StandardCharsets.UTF_8))));
        return files;
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
