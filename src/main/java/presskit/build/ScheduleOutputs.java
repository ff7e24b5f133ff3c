package presskit.build;

import java.util.ArrayList;
import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;
import presskit.model.CampaignYear;
import presskit.model.PlanEntry;
import presskit.schedule.HootsuiteCsv;
import presskit.schedule.ICalendar;
import presskit.schedule.ScheduledPost;
import presskit.schedule.Schedules;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;
import presskit.variant.Variant;

/**
 * The publishing plan as files of the kit: {@code schedule/hootsuite.csv} and {@code
 * schedule/plan.ics}.
 */
public final class ScheduleOutputs {

    private ScheduleOutputs() {}

    static List<Document> of(LoadedCampaign campaign, Kit kit) {
        List<ScheduledPost> posts = posts(campaign, kit);
        if (posts.isEmpty()) {
            return List.of();
        }
        CampaignYear year = campaign.campaign().year();
        return List.of(
                file("hootsuite", "schedule/hootsuite.csv", HootsuiteCsv.of(posts)),
                file("ics", "schedule/plan.ics", ICalendar.of(year.report().title(), posts)));
    }

    /**
     * The plan's posts; an entry naming a post the kit does not have is an error at its line, and
     * an entry for a network {@code channels.yaml} switches off is left out (see {@link #leftOut}).
     */
    public static List<ScheduledPost> posts(LoadedCampaign campaign, Kit kit) {
        List<PlanEntry> entries = campaign.campaign().year().plan();
        List<PlanEntry> plan = new ArrayList<>();
        SourceMap sources = campaign.year();
        List<Diagnostic> missing = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            PlanEntry e = entries.get(i);
            if (campaign.switchedOff(e.channel())) {
                continue;
            }
            plan.add(e);
            if (Schedules.output(e, kit).isEmpty()) {
                SourceMap.Position at = sources.value("plan[" + i + "].post");
                missing.add(
                        Diagnostic.error(
                                sources.file(),
                                at.line(),
                                at.column(),
                                "plan[" + i + "].post",
                                "there is no national "
                                        + e.channel()
                                        + " post '"
                                        + e.post()
                                        + "' (templates/"
                                        + e.channel()
                                        + "/ has no template for it, or the channel is not built)"));
            }
        }
        if (!missing.isEmpty()) {
            throw new DiagnosticException(missing);
        }
        return Schedules.of(plan, kit);
    }

    /** A warning at each plan entry for a network {@code channels.yaml} switches off. */
    static List<Diagnostic> leftOut(LoadedCampaign campaign) {
        List<PlanEntry> plan = campaign.campaign().year().plan();
        SourceMap sources = campaign.year();
        List<Diagnostic> warnings = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PlanEntry e = plan.get(i);
            if (campaign.switchedOff(e.channel())) {
                String field = "plan[" + i + "].channel";
                SourceMap.Position at = sources.value(field);
                warnings.add(
                        Diagnostic.warning(
                                sources.file(),
                                at.line(),
                                at.column(),
                                field,
                                "channels.yaml switches "
                                        + e.channel()
                                        + " off, so the post '"
                                        + e.post()
                                        + "' is left out of the schedule"));
            }
        }
        return warnings;
    }

    private static Document file(String format, String path, String content) {
        OutputId id = OutputId.document(Variant.national(), "schedule", format);
        return new Document(id, OutputKind.SCHEDULE, path, content, false);
    }
}
