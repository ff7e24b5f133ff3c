package presskit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import presskit.channel.Channels;
import presskit.export.PressKitPage;
import presskit.kit.Kit;
import presskit.load.CampaignLoader;
import presskit.plan.KitBuilder;
import presskit.plan.RenderMemo;
import presskit.plan.Rendered;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;
import presskit.variant.Edition;
import presskit.variant.Editions;

/**
 * The invented minimal fixture with a local block, so that local posts and their frames are made,
 * and a short message of the test's choosing; its kit rendered; and a kit's files as text, to
 * compare two kits.
 */
final class MinimalWithLocal {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    private MinimalWithLocal() {}

    /**
     * The campaign with {@code shortMessage} as its short message, in a folder below {@code tmp}.
     */
    static LoadedCampaign campaign(Path tmp, String shortMessage) throws IOException {
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

    /**
     * The national edition, region 18 and its municipalities, with frames, taking what {@code
     * earlier} and {@code kept} (keyed in {@code context}, when not null) have.
     */
    static Rendered build(
            TemplateEngine engine,
            Channels channels,
            LoadedCampaign campaign,
            Rendered earlier,
            RenderMemo kept,
            String context) {
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
                        earlier,
                        kept == null ? null : () -> kept,
                        context);
    }

    /** Every file of the kit's outputs (path → text). */
    static Map<String, String> files(Kit kit) {
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
}
