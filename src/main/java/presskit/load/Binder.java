package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import presskit.model.CampaignYear;
import presskit.model.ChannelSettings;
import presskit.model.Contact;
import presskit.model.Figure;
import presskit.model.FigureUnit;
import presskit.model.Hashtag;
import presskit.model.Link;
import presskit.model.LinkUse;
import presskit.model.Local;
import presskit.model.Logo;
import presskit.model.Message;
import presskit.model.Organisation;
import presskit.model.PlanEntry;
import presskit.model.PressImage;
import presskit.model.Quote;
import presskit.model.Release;
import presskit.model.Report;
import presskit.model.Survey;

/** Turns schema-checked YAML trees into the immutable model. */
final class Binder {

    private Binder() {}

    /**
     * The organisation of {@code root}, with {@code logo} as {@link LogoFile} read it, or null, and
     * the press {@code images} {@link PressImageFiles} read.
     */
    static Organisation organisation(JsonNode root, Logo logo, List<PressImage> images) {
        Fields f = new Fields(root, "");
        return new Organisation(
                f.text("name"),
                f.texts("boilerplate"),
                optional(f, "website"),
                optional(f, "press_room"),
                f.textMap("accounts"),
                optional(f, "local_units"),
                f.list("contacts", (c, i) -> contact(c)),
                logo,
                images);
    }

    /** The text at {@code key}, or null where the file leaves it out: outputs then say nothing. */
    private static String optional(Fields f, String key) {
        return f.has(key) ? f.text(key) : null;
    }

    /**
     * The year of {@code root}, with its own press {@code images} as {@link PressImageFiles} read.
     */
    static CampaignYear year(JsonNode root, Organisation organisation, List<PressImage> images) {
        Fields f = new Fields(root, "");
        Fields report = f.object("report");
        Fields release = f.object("release");
        Fields messages = f.object("messages");
        String title = report.text("title");
        String subtitle = report.text("subtitle");
        String headline =
                release.has("headline")
                        ? release.text("headline")
                        : subtitle.isEmpty() ? title : title + ": " + subtitle;
        return new CampaignYear(
                f.integer("year"),
                new Report(
                        title,
                        subtitle,
                        report.has("publisher") ? report.text("publisher") : organisation.name(),
                        report.date("published"),
                        report.dateTime("embargo")),
                f.has("survey") ? survey(f.object("survey")) : null,
                f.list("figures", (x, i) -> figure(x)),
                new Release(
                        headline,
                        release.text("lede"),
                        release.texts("body"),
                        release.texts("figures")),
                messages.list("key", (m, i) -> keyMessage(m, i)),
                messages(messages.texts("short"), "short"),
                f.list(
                        "quotes",
                        (q, i) ->
                                new Quote(
                                        q.text("id"),
                                        q.text("speaker"),
                                        q.text("role"),
                                        q.text("text"),
                                        q.flag("in_release"))),
                f.list("hashtags", (h, i) -> new Hashtag(h.text("tag"), h.flag("required"))),
                f.list(
                        "links",
                        (l, i) ->
                                new Link(
                                        l.text("id"),
                                        l.text("url"),
                                        l.text("title"),
                                        l.text("description"),
                                        l.flag("primary"),
                                        l.text("note"),
                                        uses(l.texts("in")))),
                f.list("contacts", (c, i) -> contact(c)),
                f.texts("boilerplate"),
                f.text("call_to_action"),
                f.has("local") ? local(f.object("local")) : null,
                f.list(
                        "plan",
                        (e, i) ->
                                new PlanEntry(e.dateTime("at"), e.text("channel"), e.text("post"))),
                f.object("tracking").text("campaign"),
                images);
    }

    static Map<String, ChannelSettings> channelSettings(JsonNode root) {
        Map<String, ChannelSettings> out = new LinkedHashMap<>();
        root.fields()
                .forEachRemaining(
                        e -> {
                            Fields f = new Fields(e.getValue(), e.getKey());
                            ChannelSettings settings = ChannelSettings.NONE;
                            if (f.has("limit")) {
                                settings = settings.withLimit(f.integer("limit"));
                            }
                            if (f.has("url_length")) {
                                settings = settings.withUrlLength(f.integer("url_length"));
                            }
                            if (f.has("enabled")) {
                                settings = settings.withEnabled(f.flag("enabled"));
                            }
                            settings = settings.withSkip(f.texts("skip"));
                            out.put(e.getKey(), settings);
                        });
        return out;
    }

    private static Survey survey(Fields s) {
        return new Survey(
                s.text("method"),
                s.date("from"),
                s.date("to"),
                s.text("population"),
                s.integer("respondents"),
                s.text("respondent_unit"),
                s.integer("response_rate"));
    }

    private static Figure figure(Fields x) {
        FigureUnit unit =
                FigureUnit.of(x.text("unit"))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "'"
                                                        + x.path("unit")
                                                        + "' reached the binder unchecked; its"
                                                        + " schema must list the units"));
        return new Figure(
                x.text("id"),
                x.decimal("value"),
                unit,
                x.text("said"),
                x.text("who"),
                x.text("claim"),
                x.text("source"),
                x.decimalMap("regions"));
    }

    private static Set<LinkUse> uses(List<String> words) {
        return words.stream()
                .map(
                        w ->
                                LinkUse.of(w)
                                        .orElseThrow(
                                                () ->
                                                        new IllegalStateException(
                                                                "links[].in '"
                                                                        + w
                                                                        + "' reached the binder"
                                                                        + " unchecked; its schema"
                                                                        + " must list the places")))
                .collect(Collectors.toSet());
    }

    private static Local local(Fields l) {
        return new Local(
                l.text("committee"), l.text("question"), l.has("figure") ? l.text("figure") : null);
    }

    private static Contact contact(Fields c) {
        return new Contact(c.text("name"), c.text("role"), c.texts("phones"), c.text("email"));
    }

    /** A key message, written as its text or as {@code {text: …, short: …}}. */
    private static Message keyMessage(Fields m, int i) {
        String id = "key-" + (i + 1);
        if (m.textual()) {
            return new Message(id, m.value());
        }
        return new Message(id, m.text("text"), m.has("short") ? m.text("short") : null);
    }

    private static List<Message> messages(List<String> texts, String kind) {
        return IntStream.range(0, texts.size())
                .mapToObj(i -> new Message(kind + "-" + (i + 1), texts.get(i)))
                .toList();
    }
}
