package presskit.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import presskit.channel.Channels;
import presskit.channel.Network;
import presskit.kit.Kit;
import presskit.kit.Posted;
import presskit.model.Approval;
import presskit.model.Campaign;
import presskit.model.Hashtag;
import presskit.model.Organisation;
import presskit.render.TemplateEngine;
import presskit.variant.Edition;
import presskit.variant.Editions;
import presskit.variant.FigureView;

/**
 * Renders {@code index.html}, the press-kit page, from {@code templates/page/index.html.ftlh}: the
 * kit's data as JSON, the page's own script and the vendored twitter-text, all inline so the page
 * works from the file system without a request leaving its folder (the logo and press images are
 * files beside it, in {@code images/}).
 */
public final class PressKitPage {

    /** The templates the page renders, to check with the kit's before anything renders. */
    public static final List<String> TEMPLATES = List.of("page/index.html.ftlh");

    private static final String TWITTER_TEXT = resource("twitter-text.min.js");
    private static final String SCRIPT = resource("page.js");
    private static final String POLITICIANS = resource("politicians.js");

    private final TemplateEngine engine;

    public PressKitPage(TemplateEngine engine) {
        this.engine = engine;
    }

    /**
     * The page for {@code kit} with {@code downloads} and the press {@code room} at its top, from
     * the prepared {@link #TEMPLATES}.
     */
    public String render(
            Kit kit,
            Campaign campaign,
            Channels channels,
            List<Download> downloads,
            PressRoom room) {
        return render(kit, campaign, channels, downloads, room, List.of());
    }

    /** The same, each post whose current text is approved marked so ({@link ApprovalMarks}). */
    public String render(
            Kit kit,
            Campaign campaign,
            Channels channels,
            List<Download> downloads,
            PressRoom room,
            List<Approval> approvals) {
        List<String> postNames = kit.posts().stream().map(PageData::postName).distinct().toList();
        List<String> documentFiles =
                kit.outputs().stream()
                        .filter(o -> !(o instanceof Posted))
                        .map(PageData::documentFile)
                        .distinct()
                        .toList();
        List<String> optionalHashtags =
                campaign.year().hashtags().stream()
                        .filter(h -> !h.required())
                        .map(Hashtag::tag)
                        .toList();
        String committee =
                campaign.year().local() == null ? null : campaign.year().local().committee();
        PageData.Json data =
                PageData.json(
                        kit,
                        campaign.sweden(),
                        channels,
                        campaign.organisation().accounts(),
                        figureSentences(campaign),
                        new PageData.Local(optionalHashtags, committee),
                        new ApprovalMarks(approvals));
        PageView view =
                new PageView(
                        campaign.organisation(),
                        accounts(campaign.organisation()),
                        campaign.year().report(),
                        downloads,
                        postNames,
                        documentFiles,
                        data.nation(),
                        data.places(),
                        TWITTER_TEXT,
                        SCRIPT,
                        POLITICIANS,
                        room);
        return engine.render(TEMPLATES.get(0), view);
    }

    /**
     * A figure's sentence as the national edition or a region's says it ("Åtta av tio rektorer har
     * svårt att …"), by the edition's variant code and the figure's id, or null: the name of the
     * figure's cards, the region's own value where it has one.
     */
    static BiFunction<String, String, String> figureSentences(Campaign campaign) {
        Map<String, Edition> editions = new HashMap<>();
        Editions.of(campaign, new Editions.Selection(true, true, false, null, null))
                .forEach(e -> editions.put(e.variant().code(), e));
        return (variant, figure) ->
                Optional.ofNullable(editions.get(variant))
                        .flatMap(e -> e.figure(figure))
                        .map(FigureView::sentence)
                        .orElse(null);
    }

    /** The organisation's accounts, in the order the kit lists the networks. */
    static List<PageView.Account> accounts(Organisation organisation) {
        return Network.builtIn().stream()
                .filter(n -> organisation.accounts().containsKey(n.id()))
                .map(
                        n -> {
                            String account = organisation.accounts().get(n.id());
                            return new PageView.Account(
                                    n.name(),
                                    n.mentions().isPresent() ? account : null,
                                    n.profile(account));
                        })
                .toList();
    }

    private static String resource(String name) {
        try (InputStream in = PressKitPage.class.getResourceAsStream("/presskit/page/" + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "/presskit/page/" + name + " is missing from the jar");
            }
            // Inline scripts end at the first "</script": the vendored files have none, and this
            // keeps it so.
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
