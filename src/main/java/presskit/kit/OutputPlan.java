package presskit.kit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.model.Message;
import presskit.render.TemplateEngine;
import presskit.variant.Edition;

/**
 * Decides which outputs an edition gets. A channel gets posts when its folder has the templates:
 * {@code <channel>/short.txt.ftl} renders once per short message, {@code <channel>/key.txt.ftl} once per key
 * message. Documents come from {@code release/} and {@code sheet/}.
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
        String folder = edition.variant().folder();
        Map<String, Object> base = Models.base(edition);
        for (String id : channels.ids()) {
            Channel channel = channels.get(id);
            posts(jobs, edition, base, channel, "short", edition.year().shortMessages());
            posts(jobs, edition, base, channel, "key", edition.year().keyMessages());
        }
        for (String[] doc : DOCUMENTS) {
            if (engine.exists(doc[3])) {
                OutputKind kind = doc[0].equals("release") ? OutputKind.RELEASE : OutputKind.SHEET;
                jobs.add(new Job(folder + "/" + doc[1], kind, doc[0], edition.variant().code(), folder + "/" + doc[2],
                        doc[3], base, null, false));
            }
        }
        return jobs;
    }

    private void posts(List<Job> jobs, Edition edition, Map<String, Object> base, Channel channel, String kind,
            List<Message> messages) {
        String template = channel.id() + "/" + kind + ".txt.ftl";
        if (!engine.exists(template)) {
            return;
        }
        String folder = edition.variant().folder();
        for (Message message : messages) {
            Map<String, Object> model = new HashMap<>(base);
            model.put("message", message);
            model.put("channel", channel);
            String id = folder + "/" + channel.id() + "/" + message.id();
            jobs.add(new Job(id, OutputKind.POST, channel.id(), edition.variant().code(), id + ".txt", template,
                    Map.copyOf(model), channel, false));
        }
    }
}
