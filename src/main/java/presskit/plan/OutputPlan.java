package presskit.plan;

import presskit.kit.OutputKind;

import java.util.ArrayList;
import java.util.List;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.model.Message;
import presskit.render.TemplateEngine;
import presskit.variant.Edition;
import presskit.variant.FigureView;
import presskit.variant.VariantKind;

/**
 * Decides which outputs an edition gets, from the templates present. Nationally, a channel gets
 * {@code <channel>/short.txt.ftl} once per short message and {@code <channel>/key.txt.ftl} once per key message;
 * a region gets {@code <channel>/regional.txt.ftl} once per key figure of the release; both get
 * {@code <channel>/post.txt.ftl} (the long post) once; a municipality gets
 * {@code <channel>/local.txt.ftl} once. National and regional editions get the documents of {@code release/} and
 * {@code sheet/}.
 */
final class OutputPlan {

    private static final List<String[]> DOCUMENTS = List.of(
            new String[] {"release", "release-html", "release.html", "release/release.html.ftlh"},
            new String[] {"release", "release-txt", "release.txt", "release/release.txt.ftl"},
            new String[] {"release", "release-md", "release.md", "release/release.md.ftl"},
            new String[] {"sheet", "sheet-html", "sheet.html", "sheet/sheet.html.ftlh"},
            new String[] {"sheet", "sheet-md", "sheet.md", "sheet/sheet.md.ftl"});

    private final TemplateEngine engine;
    private final Channels channels;

    OutputPlan(TemplateEngine engine, Channels channels) {
        this.engine = engine;
        this.channels = channels;
    }

    List<Job> jobs(Edition edition) {
        List<Job> jobs = new ArrayList<>();
        for (String id : channels.ids()) {
            Channel channel = channels.get(id);
            switch (edition.variant().kind()) {
                case NATIONAL -> {
                    messages(jobs, edition, channel, "short", edition.year().shortMessages());
                    messages(jobs, edition, channel, "key", edition.year().keyMessages());
                    post(jobs, edition, channel, "post", "post",
                            Models.post(edition, channel, null, null, List.of()), null);
                }
                case REGION -> {
                    post(jobs, edition, channel, "post", "post",
                            Models.post(edition, channel, null, null, List.of()), null);
                    for (FigureView figure : edition.releaseFigures()) {
                        post(jobs, edition, channel, "regional", "figure-" + figure.id(),
                                Models.post(edition, channel, null, figure, List.of()), null);
                    }
                }
                case MUNICIPALITY -> local(jobs, edition, channel);
            }
        }
        if (edition.variant().kind() != VariantKind.MUNICIPALITY) {
            documents(jobs, edition, Models.document(edition));
        }
        return jobs;
    }

    private void messages(List<Job> jobs, Edition edition, Channel channel, String kind,
            List<Message> messages) {
        for (Message message : messages) {
            post(jobs, edition, channel, kind, message.id(),
                    Models.post(edition, channel, message, null, List.of()), null);
        }
    }

    private void local(List<Job> jobs, Edition edition, Channel channel) {
        FigureView figure = edition.releaseFigures().stream().findFirst().orElse(null);
        List<String> mentions = Models.mentions(edition, channel.id());
        PostView view = Models.post(edition, channel, null, figure, mentions);
        PostView fallback = null;
        if (mentions.size() > 1) {
            fallback = view.withMentions(mentions.subList(0, 1),
                    mentions.subList(1, mentions.size()));
        }
        post(jobs, edition, channel, "local", "local", view, fallback);
    }

    private void post(List<Job> jobs, Edition edition, Channel channel, String template, String name,
            PostView view, PostView fallback) {
        String templateName = channel.id() + "/" + template + ".txt.ftl";
        if (!engine.exists(templateName)) {
            return;
        }
        String id = edition.variant().folder() + "/" + channel.id() + "/" + name;
        jobs.add(new Job(id, OutputKind.POST, channel.id(), edition.variant().code(), id + ".txt",
                templateName, view, channel, edition.example(), fallback));
    }

    private void documents(List<Job> jobs, Edition edition, DocumentView view) {
        String folder = edition.variant().folder();
        for (String[] doc : DOCUMENTS) {
            if (engine.exists(doc[3])) {
                OutputKind kind = doc[0].equals("release") ? OutputKind.RELEASE : OutputKind.SHEET;
                jobs.add(new Job(folder + "/" + doc[1], kind, doc[0], edition.variant().code(), folder + "/" + doc[2],
                        doc[3], view, null, edition.example(), null));
            }
        }
    }
}
