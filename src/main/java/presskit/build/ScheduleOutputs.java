package presskit.build;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import presskit.channel.BulkScheduler;
import presskit.channel.Network;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Severity;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;
import presskit.kit.PostThread;
import presskit.kit.Posted;
import presskit.model.CampaignYear;
import presskit.model.PlanEntry;
import presskit.schedule.ICalendar;
import presskit.schedule.PreviousCalendar;
import presskit.schedule.ScheduleFile;
import presskit.schedule.ScheduleFiles;
import presskit.schedule.ScheduledPost;
import presskit.schedule.Schedules;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;
import presskit.variant.Variant;

/**
 * The publishing plan as files of the kit: one CSV per scheduler and network it posts to ({@code
 * schedule/hootsuite-x.csv}, {@code schedule/buffer-mastodon.csv}, see {@link ScheduleFiles}) and
 * {@code schedule/plan.ics}.
 */
public final class ScheduleOutputs {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private ScheduleOutputs() {}

    static List<Document> of(LoadedCampaign campaign, Kit kit) {
        List<ScheduledPost> posts = posts(campaign, kit);
        if (posts.isEmpty()) {
            return List.of();
        }
        CampaignYear year = campaign.campaign().year();
        List<Document> files = new ArrayList<>();
        for (BulkScheduler scheduler : BulkScheduler.values()) {
            for (ScheduleFile f : ScheduleFiles.of(scheduler, posts)) {
                files.add(file(f.name().replace(".csv", ""), f.path(), f.content()));
            }
        }
        files.add(
                file(
                        "ics",
                        "schedule/plan.ics",
                        calendar(campaign, posts, OptionalInt.empty(), PreviousCalendar.none())));
        return files;
    }

    /**
     * The files of the thread's parts after the first, which a scheduler's import leaves out; none
     * for a post of one part.
     */
    public static List<String> replyParts(Kit kit, ScheduledPost post) {
        return kit.posts().stream()
                .filter(p -> p.id().toString().equals(post.outputId()))
                .filter(PostThread.class::isInstance)
                .map(PostThread.class::cast)
                .flatMap(t -> t.parts().stream().skip(1).map(PostThread.Part::path))
                .toList();
    }

    /**
     * The plan's posts as an iCalendar file, carrying on the sequence numbers of {@code previous},
     * with a reminder {@code reminder} minutes before each post when asked for.
     *
     * <p>Every event's {@code DTSTAMP} is the start of the publication day in Stockholm (1 January
     * of the year when the year names no day): a time of the data rather than of the clock, so the
     * same plan and the same previous file give the same bytes, the way the zips' entries are
     * dated. A calendar tells revisions apart by {@code SEQUENCE}, which goes up when a post moves.
     */
    public static String calendar(
            LoadedCampaign campaign,
            List<ScheduledPost> posts,
            OptionalInt reminder,
            PreviousCalendar previous) {
        CampaignYear year = campaign.campaign().year();
        LocalDate day =
                year.report().published() != null
                        ? year.report().published()
                        : LocalDate.of(year.year(), 1, 1);
        Instant stamp = day.atStartOfDay(STOCKHOLM).toInstant();
        return ICalendar.of(
                new ICalendar.Settings(year.report().title(), year.year(), stamp, reminder),
                posts,
                previous);
    }

    /**
     * The plan's posts; an entry naming a post the kit does not have is an error at its line, and
     * an entry for a network {@code channels.yaml} switches off is left out (see {@link #leftOut}).
     */
    public static List<ScheduledPost> posts(LoadedCampaign campaign, Kit kit) {
        List<PlanEntry> plan = new ArrayList<>();
        List<Diagnostic> missing = new ArrayList<>();
        for (Numbered n : numbered(campaign)) {
            if (campaign.switchedOff(n.entry().channel())) {
                continue;
            }
            plan.add(n.entry());
            Schedules.output(n.entry(), kit)
                    .flatMap(p -> overLimit(campaign, n, p))
                    .ifPresent(missing::add);
            if (Schedules.output(n.entry(), kit).isEmpty()) {
                missing.add(
                        n.at(
                                campaign,
                                "post",
                                Severity.ERROR,
                                "there is no national "
                                        + n.entry().channel()
                                        + " post '"
                                        + n.entry().post()
                                        + "' (its kind is not among the network's posts,"
                                        + " or channels.yaml skips it)"));
            }
        }
        if (!missing.isEmpty()) {
            throw new DiagnosticException(missing);
        }
        return Schedules.of(plan, kit);
    }

    /**
     * An error at the entry when the post, or a thread's first part, is over the network's limit: a
     * scheduler's row is that text, and no network takes it.
     */
    private static Optional<Diagnostic> overLimit(
            LoadedCampaign campaign, Numbered n, Posted post) {
        boolean fits;
        int length;
        if (post instanceof PostThread thread) {
            fits = thread.parts().get(0).fits();
            length = thread.parts().get(0).length();
        } else {
            fits = post.fits();
            length = post.length();
        }
        if (fits) {
            return Optional.empty();
        }
        String name =
                Network.find(n.entry().channel()).map(Network::name).orElse(n.entry().channel());
        return Optional.of(
                n.at(
                        campaign,
                        "post",
                        Severity.ERROR,
                        "the post "
                                + post.id()
                                + (post instanceof PostThread ? ", part 1," : "")
                                + " is "
                                + length
                                + " characters as "
                                + name
                                + " counts them, over its limit of "
                                + post.limit()
                                + ", so no scheduler can post it; shorten the message it is made"
                                + " from, or plan another post"));
    }

    /** A warning at each plan entry for a network {@code channels.yaml} switches off. */
    static List<Diagnostic> leftOut(LoadedCampaign campaign) {
        return numbered(campaign).stream()
                .filter(n -> campaign.switchedOff(n.entry().channel()))
                .map(
                        n ->
                                n.at(
                                        campaign,
                                        "channel",
                                        Severity.WARNING,
                                        "channels.yaml switches "
                                                + n.entry().channel()
                                                + " off, so the post '"
                                                + n.entry().post()
                                                + "' is left out of the schedule"))
                .toList();
    }

    private static List<Numbered> numbered(LoadedCampaign campaign) {
        List<PlanEntry> plan = campaign.campaign().year().plan();
        return IntStream.range(0, plan.size()).mapToObj(i -> new Numbered(i, plan.get(i))).toList();
    }

    /** A plan entry with its place in the year file's {@code plan:} list. */
    private record Numbered(int index, PlanEntry entry) {

        /** A finding at this entry's {@code key}, located in the year file. */
        Diagnostic at(LoadedCampaign campaign, String key, Severity severity, String message) {
            String field = "plan[" + index + "]." + key;
            SourceMap sources = campaign.year();
            SourceMap.Position p = sources.value(field);
            return new Diagnostic(severity, sources.file(), p.line(), p.column(), field, message);
        }
    }

    private static Document file(String format, String path, String content) {
        OutputId id = OutputId.document(Variant.national(), "schedule", format);
        return new Document(id, OutputKind.SCHEDULE, path, content, false);
    }
}
