package presskit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import presskit.build.KitBuild;
import presskit.build.ScheduleOutputs;
import presskit.schedule.HootsuiteCsv;
import presskit.schedule.ICalendar;
import presskit.schedule.ScheduledPost;
import presskit.write.WriteFailure;

/** {@code presskit export}: the year's publishing plan for a scheduler or a calendar. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write the year's publishing plan as Hootsuite's bulk-composer CSV or as an iCalendar file.",
            "Times are Europe/Stockholm; nothing is scheduled before the embargo."
        })
@Examples({
    "presskit export --schedule ics --output plan.ics",
    "presskit export --schedule hootsuite --region 01"
})
final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Schedule {
        HOOTSUITE,
        ICS
    }

    @Mixin CampaignOptions campaign;

    @Option(
            names = "--schedule",
            required = true,
            paramLabel = "FORMAT",
            description = "hootsuite or ics.")
    Schedule schedule;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    Path output;

    @Spec CommandSpec spec;

    private final Context context;

    ExportCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KitBuild.Checked result =
                new KitBuild(campaign.request(), Commands.timings(spec, context), context.clock())
                        .check();
        List<ScheduledPost> posts = ScheduleOutputs.posts(result.campaign(), result.kit());
        if (posts.isEmpty()) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "the year has no publishing plan; add a 'plan:' list to "
                            + result.campaign().year().file());
        }
        String content =
                schedule == Schedule.HOOTSUITE
                        ? HootsuiteCsv.of(posts)
                        : ICalendar.of(result.campaign().campaign().year().report().title(), posts);
        if (output == null) {
            spec.commandLine().getOut().print(content);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(output, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new WriteFailure(output, e);
            }
            spec.commandLine().getErr().printf("Wrote %s: %d posts.%n", output, posts.size());
        }
        return ExitCode.OK.code();
    }
}
