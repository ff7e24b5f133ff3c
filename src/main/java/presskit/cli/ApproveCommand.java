package presskit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import presskit.load.ApprovalsFile;
import presskit.model.Approval;
import presskit.publish.Approvals;
import presskit.publish.BuildManifest;
import presskit.publish.PlannedPost;
import presskit.publish.PostPlanner;
import presskit.source.SourceFiles;
import presskit.write.WriteFailure;

/**
 * {@code presskit approve}: records that a person approved the exact texts of a build's posts and
 * threads, in {@code <messages>/<year>.approvals.yaml}, or lists what is approved, pending or
 * changed since. {@code publish --live} posts only approved texts.
 */
@Command(
        name = "approve",
        mixinStandardHelpOptions = true,
        description = {
            "Approve the exact texts of a build's posts and threads, or list what is approved.",
            "Writes <messages>/<year>.approvals.yaml (commit it); publish --live posts only texts"
                    + " approved as they stand."
        })
@Examples({
    "presskit approve --list                                 # approved, pending or changed",
    "presskit approve --by \"Eva Lind\" --channel mastodon     # every national Mastodon post",
    "presskit approve --by \"Eva Lind\" --only national/x/key-1 --comment \"Checked the figures\""
})
public final class ApproveCommand implements Callable<Integer> {

    static final int MAX_NAME = 100;
    static final int MAX_COMMENT = 500;

    @Spec CommandSpec spec;

    private final Context context;

    ApproveCommand(Context context) {
        this.context = context;
    }

    @Option(
            names = "--by",
            paramLabel = "NAME",
            description = "Who approves the texts, as the approvals file should name them.")
    String by;

    @Option(
            names = "--comment",
            paramLabel = "TEXT",
            description = "A note kept with the approval, up to " + MAX_COMMENT + " characters.")
    String comment;

    @Option(
            names = "--list",
            description = "List every selected post and thread as approved, pending or changed.")
    boolean list;

    @Mixin CampaignSource source;

    @Mixin WrittenKit kit;

    @Option(
            names = "--channel",
            paramLabel = "CHANNEL",
            description = "Only this network's posts, such as x or mastodon (default: every one).")
    String channel;

    @Option(
            names = "--only",
            arity = "1..*",
            paramLabel = "ID",
            description = "Only these output ids, such as national/x/key-1.")
    List<String> only = List.of();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        checkOptions();
        BuildManifest manifest =
                kit.read(
                        source,
                        Commands.timings(spec, context),
                        context,
                        spec.commandLine().getErr());
        ApprovalSelection selection = new ApprovalSelection(channel, kit.variant, only);
        List<PlannedPost> posts = new PostPlanner(manifest).review(selection.in(manifest));
        if (posts.isEmpty()) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "nothing to approve: "
                            + manifest.file()
                            + " has no posts or threads for "
                            + selection.describe());
        }
        Path file = ApprovalsFile.of(source.messages.dir, manifest.year());
        List<Approval> recorded = ApprovalsFile.read(file);
        if (list) {
            ApprovalTable.print(new Approvals(recorded).mark(posts), stdout);
            return ExitCode.OK.code();
        }
        Map<String, Approval> approvals = new LinkedHashMap<>();
        recorded.forEach(a -> approvals.put(a.outputId(), a));
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        for (PlannedPost post : posts) {
            approvals.put(post.outputId(), approval(post, now));
            stdout.println(
                    "approved "
                            + post.outputId()
                            + (post.isThread() ? " (" + post.parts().size() + " parts)" : ""));
        }
        try {
            ApprovalsFile.write(file, manifest.year(), approvals.values());
        } catch (IOException e) {
            throw new WriteFailure(file, e);
        }
        stdout.println(
                posts.size()
                        + (posts.size() == 1 ? " output" : " outputs")
                        + " approved by "
                        + by
                        + " in "
                        + SourceFiles.display(file)
                        + "; commit it with the campaign.");
        return ExitCode.OK.code();
    }

    private Approval approval(PlannedPost post, Instant now) {
        List<Approval.Part> parts = new ArrayList<>();
        for (String text : post.texts()) {
            parts.add(new Approval.Part(Approval.hashOf(text), Approval.opening(text)));
        }
        return new Approval(post.outputId(), parts, by, now, comment == null ? "" : comment);
    }

    private void checkOptions() {
        kit.checkVariant();
        if (list) {
            if (by != null || comment != null) {
                throw usage("--list only lists; give --by and --comment without it to approve");
            }
            return;
        }
        if (by == null) {
            throw usage("approving needs --by NAME, the name of who approves (or --list to list)");
        }
        OneLineText.check("--by", by, MAX_NAME);
        if (by.isBlank()) {
            throw usage("--by must name someone, such as --by \"Eva Lind\"");
        }
        if (comment != null) {
            OneLineText.check("--comment", comment, MAX_COMMENT);
        }
    }

    private static CommandFailure usage(String message) {
        return new CommandFailure(ExitCode.USAGE_OR_INPUT, message);
    }
}
