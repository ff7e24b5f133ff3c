package presskit.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import presskit.channel.Channels;
import presskit.kit.Kit;
import presskit.model.Campaign;
import presskit.render.TemplateEngine;

/**
 * Renders {@code index.html}, the press-kit page, from {@code templates/page/index.html.ftlh}: the kit's data
 * as JSON, the page's own script and the vendored twitter-text, all inline so the page works from the file
 * system without a single request.
 */
public final class PressKitPage {

    static final String TEMPLATE = "page/index.html.ftlh";
    private static final String TWITTER_TEXT = resource("twitter-text.min.js");
    private static final String SCRIPT = resource("page.js");

    private final TemplateEngine engine;

    public PressKitPage(TemplateEngine engine) {
        this.engine = engine;
    }

    /**
     * The page for {@code kit}.
     *
     * @param downloads the kit-wide files to offer (zips, contacts), each with {@code path}, {@code label} and
     *     {@code group} ({@code kit} or {@code region})
     */
    public String render(Kit kit, Campaign campaign, Channels channels, List<Map<String, String>> downloads) {
        engine.prepare(List.of(TEMPLATE));
        Map<String, Object> model = new HashMap<>();
        model.put("org", campaign.organisation());
        model.put("year", campaign.year());
        model.put("report", campaign.year().report());
        model.put("downloads", downloads);
        model.put("data", PageData.json(kit, campaign.sweden(), channels));
        model.put("twitterText", TWITTER_TEXT);
        model.put("script", SCRIPT);
        return engine.render(TEMPLATE, model);
    }

    private static String resource(String name) {
        try (InputStream in = PressKitPage.class.getResourceAsStream("/presskit/page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/presskit/page/" + name + " is missing from the jar");
            }
            // Inline scripts end at the first "</script": the vendored files have none, and this keeps it so.
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
