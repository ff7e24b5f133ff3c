package presskit.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import presskit.channel.BulkScheduler;
import presskit.channel.Network;
import presskit.kit.Kit;
import presskit.schedule.PreviousCalendar;
import presskit.schedule.ScheduleFile;
import presskit.schedule.ScheduleFiles;
import presskit.schedule.ScheduledPost;
import presskit.write.WriteFailure;

/** {@code presskit export}: the year's publishing plan for a scheduler or a calendar. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write the year's publishing plan as Hootsuite's or Buffer's CSV import files, one per"
                    + " network, or as an iCalendar file.",
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
        BUFFER,
        ICS
    }

    @Mixin CampaignOptions campaign;

    @Option(
            names = "--schedule",
            required = true,
            paramLabel = "FORMAT",
            description = "hootsuite, buffer or ics.")
    Schedule schedule;

    @Option(
            names = "--output",
            paramLabel = "PATH",
            description =
                    "ics: write to the file PATH instead of standard output; hootsuite, buffer:"
                            + " write the CSV files into the folder PATH (default: the current"
                            + " folder).")
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
        if (schedule == Schedule.ICS) {
            calendar(
                    ScheduleOutputs.calendar(
                            result.campaign(), posts, reminder(), previousCalendar()),
                    posts.size());
        } else {
            BulkScheduler scheduler = BulkScheduler.valueOf(schedule.name());
            csvFiles(scheduler, posts, result.kit());
        }
        return ExitCode.OK.code();
    }

    private void calendar(String content, int posts) {
        if (output == null) {
            spec.commandLine().getOut().print(content);
            spec.commandLine().getOut().flush();
        } else {
            write(output, content);
            spec.commandLine().getErr().printf("Wrote %s: %d posts.%n", output, posts);
        }
    }

    /** One file per network the scheduler posts to, and a summary that counts what it wrote. */
    private void csvFiles(BulkScheduler scheduler, List<ScheduledPost> posts, Kit kit) {
        List<ScheduleFile> files = ScheduleFiles.of(scheduler, posts);
        List<ScheduledPost> leftOut = ScheduleFiles.leftOut(scheduler, posts);
        if (files.isEmpty()) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "the plan has no post for a network "
                            + scheduler.displayName()
                            + " posts to ("
                            + networks(scheduler)
                            + ")");
        }
        Path folder = output == null ? Path.of("") : output;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "Wrote %d %s for %s, one per network; upload each to that network's profile:%n",
                files.size(), files.size() == 1 ? "file" : "files", scheduler.displayName());
        for (ScheduleFile f : files) {
            Path file = folder.resolve(f.name());
            write(file, f.content());
            out.printf("  %s: %s%n", file, posts(f.rows()));
        }
        if (!leftOut.isEmpty()) {
            out.printf(
                    "Left out: %s for networks %s does not post to (%s); post them another"
                            + " way%s.%n",
                    posts(leftOut.size()),
                    scheduler.displayName(),
                    String.join(", ", leftOut.stream().map(p -> p.outputId()).distinct().toList()),
                    scheduler == BulkScheduler.HOOTSUITE
                            ? " (--schedule buffer writes them for Buffer)"
                            : "");
        }
        for (ScheduleFile f : files) {
            for (ScheduledPost thread : f.threads()) {
                out.printf(
                        "Thread %s: only part 1 of %d is in %s; %s cannot post replies, so post"
                                + " %s as %s to it by hand once it is out.%n",
                        thread.outputId(),
                        thread.parts().size(),
                        f.name(),
                        scheduler.displayName(),
                        parts(thread, kit),
                        thread.parts().size() == 2 ? "a reply" : "replies, in order,");
            }
        }
        out.flush();
    }

    private static String parts(ScheduledPost thread, Kit kit) {
        List<String> files = ScheduleOutputs.replyParts(kit, thread);
        StringBuilder s = new StringBuilder(thread.parts().size() == 2 ? "part 2" : "parts 2–");
        if (thread.parts().size() > 2) {
            s.append(thread.parts().size());
        }
        return s.append(" (").append(String.join(", ", files)).append(")").toString();
    }

    private static String networks(BulkScheduler scheduler) {
        return String.join(
                ", ",
                Network.byUse().stream()
                        .filter(n -> n.bulkSchedulers().contains(scheduler))
                        .map(Network::name)
                        .toList());
    }

    private static String posts(long n) {
        return n + (n == 1 ? " post" : " posts");
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WriteFailure(file, e);
        }
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
