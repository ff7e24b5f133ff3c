package presskit.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;
import presskit.channel.PostKind;
import presskit.channel.PostKinds;
import presskit.model.Message;
import presskit.variant.Edition;
import presskit.variant.FigureView;
import presskit.variant.VariantKind;

/**
 * Decides which outputs an edition gets, from what each channel declares (see
 * {@link Channel#outputs()}): {@code short} once per short message, {@code key} once per key
 * message, {@code post} (the long post) once, {@code regional} once per key figure of the release
 * and {@code local} once, each written by {@code <channel>/<kind>.txt.ftl}. National and regional
 * editions get the documents of {@code release/} and {@code sheet/}. A declared output whose
 * template is missing is an error when the templates are loaded.
 */
final class OutputPlan {

    private static final List<DocumentTemplate> DOCUMENTS = List.of(
            new DocumentTemplate("release", "html", "release/release.html.ftlh"),
            new DocumentTemplate("release", "txt", "release/release.txt.ftl"),
            new DocumentTemplate("release", "md", "release/release.md.ftl"),
            new DocumentTemplate("sheet", "html", "sheet/sheet.html.ftlh"),
            new DocumentTemplate("sheet", "md", "sheet/sheet.md.ftl"));

    private final Channels channels;

    OutputPlan(Channels channels) {
        this.channels = channels;
    }

    List<Job> jobs(Edition edition) {
        List<Job> jobs = new ArrayList<>();
        Map<String, Object> base = Models.base(edition);
        for (String id : channels.ids()) {
            Channel channel = channels.get(id);
            PostKinds outputs = channel.outputs();
            Set<PostKind> kinds = switch (edition.variant().kind()) {
                case NATIONAL -> outputs.national();
                case REGION -> outputs.regional();
                case MUNICIPALITY -> outputs.municipal();
            };
            for (PostKind kind : kinds) {
                posts(jobs, edition, base, channel, kind);
            }
        }
        if (edition.variant().kind() != VariantKind.MUNICIPALITY) {
            documents(jobs, edition, base);
        }
        return jobs;
    }

    private void posts(List<Job> jobs, Edition edition, Map<String, Object> base, Channel channel,
            PostKind kind) {
        switch (kind) {
            case SHORT ->
                    messages(jobs, edition, base, channel, "short", edition.year().shortMessages());
            case KEY -> messages(jobs, edition, base, channel, "key", edition.year().keyMessages());
            case POST -> post(jobs, edition, channel, "post", "post", "", new HashMap<>(base), null);
            case REGIONAL -> {
                for (FigureView figure : edition.releaseFigures()) {
                    Map<String, Object> model = new HashMap<>(base);
                    model.put("figure", figure);
                    post(jobs, edition, channel, "regional", "figure", figure.id(), model, null);
                }
            }
            case LOCAL -> local(jobs, edition, base, channel);
        }
    }

    private void messages(List<Job> jobs, Edition edition, Map<String, Object> base, Channel channel, String kind,
            List<Message> messages) {
        for (int i = 0; i < messages.size(); i++) {
            Map<String, Object> model = new HashMap<>(base);
            model.put("message", messages.get(i));
            // Numbered from 1 in the year's order, as the messages' ids (key-1) and the plan are.
            post(jobs, edition, channel, kind, kind, String.valueOf(i + 1), model, null);
        }
    }

    private void local(List<Job> jobs, Edition edition, Map<String, Object> base, Channel channel) {
        Map<String, Object> model = new HashMap<>(base);
        edition.releaseFigures().stream().findFirst().ifPresent(f -> model.put("figure", f));
        List<String> mentions = Models.mentions(edition, channel.id());
        model.put("mentions", mentions);
        model.put("replyMentions", List.of());
        Map<String, Object> fallback = null;
        if (mentions.size() > 1) {
            fallback = new HashMap<>(model);
            fallback.put("mentions", mentions.subList(0, 1));
            fallback.put("replyMentions", mentions.subList(1, mentions.size()));
        }
        post(jobs, edition, channel, "local", "local", "", model, fallback);
    }

    private void post(List<Job> jobs, Edition edition, Channel channel, String template,
            String kind, String name, Map<String, Object> model, Map<String, Object> fallback) {
        String templateName = channel.id() + "/" + template + ".txt.ftl";
        model.put("channel", channel);
        trackLink(edition, channel, model);
        if (fallback != null) {
            fallback.put("channel", channel);
            trackLink(edition, channel, fallback);
        }
        OutputId id = OutputId.post(edition.variant(), channel.id(), kind, name);
        jobs.add(new Job(id, OutputKind.POST, id + ".txt", templateName,
                Map.copyOf(model), channel, edition.example(), fallback == null ? null : Map.copyOf(fallback)));
    }

    /** When the year asks for campaign tracking, the post's link carries this network's UTM parameters. */
    private static void trackLink(Edition edition, Channel channel, Map<String, Object> model) {
        if (edition.year().tracked() && model.get("link") instanceof presskit.model.Link link) {
            model.put("link", presskit.model.Tracking.tagged(link, channel.id(), edition.year().trackingCampaign()));
        }
    }

    private void documents(List<Job> jobs, Edition edition, Map<String, Object> base) {
        String folder = edition.variant().folder();
        for (DocumentTemplate doc : DOCUMENTS) {
            OutputKind kind =
                    doc.family().equals("release") ? OutputKind.RELEASE : OutputKind.SHEET;
            OutputId id = OutputId.document(edition.variant(), doc.family(), doc.format());
            String path = folder + "/" + doc.family() + "." + doc.format();
            jobs.add(new Job(id, kind, path, doc.template(), base, null, edition.example(), null));
        }
    }

    /** A document every national and regional edition gets. */
    private record DocumentTemplate(String family, String format, String template) {
    }
}
