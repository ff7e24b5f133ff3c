package presskit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.channel.PostKind;
import presskit.channel.PostKinds;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;
import presskit.kit.PostFrame;
import presskit.model.LinkUse;
import presskit.model.Message;
import presskit.variant.Edition;
import presskit.variant.FigureView;
import presskit.variant.VariantKind;

/**
 * Decides which outputs an edition gets, from the post kinds each network declares per level (built
 * in, changed by {@code channels.yaml}): {@code short} once per short message and {@code key} once
 * per key message, {@code post} (the long post) once, {@code regional} once per key figure of the
 * release, {@code local} once, each from {@code <network>/<kind>.txt.ftl}. National and regional
 * editions get the documents of {@code release/} and {@code sheet/}.
 */
final class OutputPlan {

    private static final List<DocumentTemplate> DOCUMENTS =
            List.of(
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
        PostView shared = Models.posts(edition);
        for (String id : channels.ids()) {
            Channel channel = channels.get(id);
            PostView onChannel = Models.onChannel(shared, edition, channel);
            PostKinds outputs = channel.outputs();
            Set<PostKind> kinds =
                    switch (edition.variant().kind()) {
                        case NATIONAL -> outputs.national();
                        case REGION -> outputs.regional();
                        case MUNICIPALITY -> outputs.municipal();
                    };
            for (PostKind kind : kinds) {
                posts(jobs, edition, channel, onChannel, kind);
            }
        }
        if (edition.variant().kind() != VariantKind.MUNICIPALITY) {
            documents(jobs, edition);
        }
        return jobs;
    }

    private void posts(
            List<Job> jobs, Edition edition, Channel channel, PostView onChannel, PostKind kind) {
        switch (kind) {
            case SHORT ->
                    messages(
                            jobs,
                            edition,
                            channel,
                            onChannel,
                            "short",
                            edition.year().shortMessages());
            case KEY ->
                    messages(
                            jobs, edition, channel, onChannel, "key", edition.year().keyMessages());
            case POST -> post(jobs, edition, channel, "post", "post", "", onChannel, null, null);
            case REGIONAL -> {
                for (FigureView figure : edition.releaseFigures()) {
                    post(
                            jobs,
                            edition,
                            channel,
                            "regional",
                            "figure",
                            figure.id(),
                            onChannel.about(null, figure, List.of()),
                            null,
                            null);
                }
            }
            case LOCAL -> local(jobs, edition, channel, onChannel);
        }
    }

    private void messages(
            List<Job> jobs,
            Edition edition,
            Channel channel,
            PostView onChannel,
            String kind,
            List<Message> messages) {
        for (int i = 0; i < messages.size(); i++) {
            // Numbered from 1 in the year's order, as the messages' ids (key-1) and the plan are.
            post(
                    jobs,
                    edition,
                    channel,
                    kind,
                    kind,
                    String.valueOf(i + 1),
                    onChannel.about(messages.get(i), null, List.of()),
                    null,
                    null);
        }
    }

    private void local(List<Job> jobs, Edition edition, Channel channel, PostView onChannel) {
        FigureView figure = edition.localFigure();
        List<String> mentions = Models.mentions(edition, channel.id());
        PostView view = onChannel.about(null, figure, mentions);
        PostView fallback = null;
        if (mentions.size() > 1) {
            fallback =
                    view.withMentions(mentions.subList(0, 1), mentions.subList(1, mentions.size()));
        }
        post(jobs, edition, channel, "local", "local", "", view, fallback, frames(view));
    }

    /** The local post with stand-ins for the committee and the politicians, for the page. */
    private static Job.Frames frames(PostView view) {
        List<String> three = List.of(PostFrame.MENTIONS);
        return new Job.Frames(
                view.committee(),
                view.withCommittee(PostFrame.COMMITTEE, List.of(), List.of()),
                view.withCommittee(PostFrame.COMMITTEE, three, List.of()),
                view.withCommittee(
                        PostFrame.COMMITTEE, three.subList(0, 1), List.of(PostFrame.REPLY)));
    }

    private void post(
            List<Job> jobs,
            Edition edition,
            Channel channel,
            String template,
            String kind,
            String name,
            PostView view,
            PostView fallback,
            Job.Frames frames) {
        String templateName = channel.id() + "/" + template + ".txt.ftl";
        OutputId id = OutputId.post(edition.variant(), channel.id(), kind, name);
        jobs.add(
                new Job(
                        id,
                        OutputKind.POST,
                        id + ".txt",
                        templateName,
                        view,
                        channel,
                        edition.example(),
                        fallback,
                        frames));
    }

    private void documents(List<Job> jobs, Edition edition) {
        String folder = edition.variant().folder();
        DocumentView release = Models.document(edition, LinkUse.RELEASE);
        DocumentView sheet = Models.document(edition, LinkUse.SHEET);
        for (DocumentTemplate doc : DOCUMENTS) {
            boolean isRelease = doc.family().equals("release");
            OutputKind kind = isRelease ? OutputKind.RELEASE : OutputKind.SHEET;
            DocumentView view = isRelease ? release : sheet;
            OutputId id = OutputId.document(edition.variant(), doc.family(), doc.format());
            String path = folder + "/" + doc.family() + "." + doc.format();
            jobs.add(
                    new Job(
                            id,
                            kind,
                            path,
                            doc.template(),
                            view,
                            null,
                            edition.example(),
                            null,
                            null));
        }
    }

    /** A document every national and regional edition gets. */
    private record DocumentTemplate(String family, String format, String template) {}
}
