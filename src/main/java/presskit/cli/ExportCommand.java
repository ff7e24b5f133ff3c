package presskit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import presskit.build.KitBuild;
import presskit.build.ScheduleOutputs;
import presskit.schedule.HootsuiteCsv;
import presskit.schedule.PreviousCalendar;
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

    @Option(
            names = "--reminder",
            paramLabel = "MINUTES",
            description = "ics: add a reminder MINUTES before each post (none by default).")
    Integer reminder;

    @Option(
            names = "--previous",
            paramLabel = "FILE",
            description =
                    "ics: update the events of FILE, the calendar exported last time"
                            + " (default: the --output file, if it exists).")
    Path previous;

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
                        : ScheduleOutputs.calendar(
                                result.campaign(), posts, reminder(), previousCalendar());
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

    private OptionalInt reminder() {
        if (reminder == null) {
            return OptionalInt.empty();
        }
        if (reminder < 0 || reminder > 24 * 60) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "--reminder "
                            + reminder
                            + ": give the minutes before each post, from 0 to 1440 (a day)");
        }
        return OptionalInt.of(reminder);
    }

    /**
     * The calendar this export replaces: its events' sequence numbers go on, so a calendar that
     * imported it takes a moved post as the same event, moved.
     */
    private PreviousCalendar previousCalendar() {
        if (previous != null && !Files.isRegularFile(previous)) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "--previous "
                            + previous
                            + ": there is no such file; name the calendar exported last time,"
                            + " or leave the option out");
        }
        Path file = previous != null ? previous : output;
        if (file == null || !Files.isRegularFile(file)) {
            return PreviousCalendar.none();
        }
        try {
            return PreviousCalendar.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure(
                    ExitCode.IO,
                    "cannot read the previous calendar " + file + ": " + WriteFailure.reasonOf(e));
        }
    }
}
