package presskit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import presskit.channel.Network;
import presskit.load.ApprovalsFile;
import presskit.publish.Approvals;
import presskit.publish.BuildManifest;
import presskit.publish.DryRunReport;
import presskit.publish.Embargo;
import presskit.publish.Ledger;
import presskit.publish.LedgerFile;
import presskit.publish.LedgerStore;
import presskit.publish.LiveReport;
import presskit.publish.PlannedPost;
import presskit.publish.PostPlanner;
import presskit.publish.PostSelection;
import presskit.publish.PublishRun;
import presskit.publish.PublishSetupException;
import presskit.publish.Publisher;
import presskit.publish.RetryPolicy;
import presskit.publish.RunReport;
import presskit.publish.RunSummary;
import presskit.write.WriteFailure;

/**
 * {@code presskit publish}: shows (dry run) or posts (--live) the selected posts and threads of a
 * build.
 */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Post a build's posts and threads to a network; a dry run unless --live.",
            "A ledger in --ledger-dir records what is posted, so a re-run never posts anything twice.",
            "Only texts approved as they stand ('presskit approve') go live."
        })
@Examples({
    "presskit publish --channel x                  # a dry run: what would be posted",
    "presskit publish --channel x --variant 0180   # one municipality's posts",
    "presskit publish --channel x --credentials ~/.config/presskit/x.properties --live",
    "presskit publish --channel mastodon --api-base-url https://mastodon.example --live",
    "presskit publish --channel bluesky --credentials ~/.config/presskit/bluesky.properties --live"
})
public final class PublishCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    private final Context context;

    PublishCommand(Context context) {
        this.context = context;
    }

    @Option(
            names = "--channel",
            required = true,
            paramLabel = "CHANNEL",
            description = "Network to post to: x, mastodon or bluesky.")
    String channel;

    @Mixin CampaignSource source;

    @Mixin WrittenKit kit;

    @Option(
            names = "--only",
            arity = "1..*",
            paramLabel = "ID",
            description = "Only these output ids, such as national/x/key-1.")
    List<String> only = List.of();

    @Option(names = "--live", description = "Post for real; without it nothing is sent.")
    boolean live;

    @Option(
            names = "--api-base-url",
            paramLabel = "URL",
            description =
                    "API root of the network (default: X's and Bluesky's own;"
                            + " for Mastodon, MASTODON_INSTANCE).")
    String apiBaseUrl;

    @Option(
            names = "--visibility",
            paramLabel = "WHO",
            description =
                    "Mastodon only: public (default), unlisted (not on the public timelines)"
                            + " or private (followers only).")
    String visibility;

    @Option(
            names = "--credentials",
            paramLabel = "FILE",
            description =
                    "Properties file with the network's credentials, outside the repository"
                            + " (default: the same names in the environment); the README lists them.")
    Path credentials;

    @Option(
            names = "--max-wait",
            paramLabel = "DURATION",
            defaultValue = "15m",
            converter = WaitConverter.class,
            description =
                    "Longest wait for a rate limit to reset, such as 90s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    Duration maxWait;

    @Option(
            names = "--ledger-dir",
            paramLabel = "DIR",
            defaultValue = ".presskit",
            description = "Folder with the ledger of posted ids, ${DEFAULT-VALUE} by default.")
    Path ledgerDir;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            PublishTarget target = checkOptions();
            // What is posted is read from out/<year>, as it was written and reviewed.
            BuildManifest manifest =
                    kit.read(source, Commands.timings(spec, context), context, stderr);
            target = target.forBuild(manifest);
            PostSelection selection = new PostSelection(channel, kit.variant(), only);
            List<PlannedPost> posts =
                    approvals(manifest.year())
                            .mark(new PostPlanner(manifest).plan(selection, live));
            NetworkRules rules = new NetworkRules(Network.find(channel).orElseThrow());
            rules.checkMentions(kit.variant(), posts, live, stderr);
            LedgerFile ledgerFile = new LedgerFile(ledgerDir, manifest.year(), channel);
            Embargo embargo = Embargo.of(manifest);
            if (!live) {
                String lifts = embargo.describe(context.clock().instant());
                DryRunReport report =
                        rules.costing(
                                new DryRunReport(stdout, stderr, lifts, target.endpoint()),
                                source.messages.dir);
                run(target.dryRun(), LedgerStore.DRY_RUN, ledgerFile.load(), report).run(posts);
                return ExitCode.OK.code();
            }
            if (embargo.holdsAt(context.clock().instant())) {
                throw new CommandFailure(ExitCode.FINDINGS, embargo.refusal());
            }
            // Only a text a person approved as it stands goes live; the rest is named, not sent.
            List<PlannedPost> refused = notApproved(posts, stderr);
            posts = posts.stream().filter(p -> p.approval().approved()).toList();
            if (posts.isEmpty()) {
                throw new CommandFailure(
                        ExitCode.FINDINGS,
                        "nothing posted: no selected post or thread is approved as it stands");
            }
            Publisher publisher =
                    target.connect(
                            Optional.ofNullable(credentials),
                            context.environment(),
                            warning -> stderr.println("presskit: warning: " + warning));
            try (LedgerFile.Lock lock = ledgerFile.lock()) {
                LiveReport report = new LiveReport(stdout, stderr, ledgerFile.path());
                int status =
                        finish(run(publisher, ledgerFile::save, lock.ledger(), report).run(posts));
                return refused.isEmpty() ? status : ExitCode.FINDINGS.code();
            }
        } catch (PublishSetupException e) {
            throw new CommandFailure(ExitCode.USAGE_OR_INPUT, e.getMessage());
        } catch (IOException e) {
            // Only the ledger is written: without it a re-run could post twice, so stop and say
            // where.
            throw new CommandFailure(
                    ExitCode.IO,
                    "cannot write the ledger in "
                            + ledgerDir
                            + ": "
                            + WriteFailure.reasonOf(e)
                            + "; fix that before running again");
        }
    }

    /** The year's approvals, from {@code <messages>/<year>.approvals.yaml}; none without it. */
    private Approvals approvals(int year) {
        return new Approvals(ApprovalsFile.read(ApprovalsFile.of(source.messages.dir, year)));
    }

    private static List<PlannedPost> notApproved(List<PlannedPost> posts, PrintWriter stderr) {
        List<PlannedPost> refused = posts.stream().filter(p -> !p.approval().approved()).toList();
        for (PlannedPost post : refused) {
            stderr.println(
                    post.outputId()
                            + ": not posted: "
                            + post.approval().describe()
                            + "; approve its text with 'presskit approve --only "
                            + post.outputId()
                            + " --by NAME'");
        }
        stderr.flush();
        return refused;
    }

    private PublishTarget checkOptions() {
        Optional<Network> network = Network.find(channel).filter(Network::publishable);
        if (network.isEmpty()) {
            List<String> publishable =
                    Network.builtIn().stream()
                            .filter(Network::publishable)
                            .map(Network::id)
                            .toList();
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "cannot publish to channel '"
                            + channel
                            + "' yet; supported: "
                            + String.join(", ", publishable));
        }
        kit.checkVariant();
        return PublishTarget.of(
                network.get(),
                Optional.ofNullable(apiBaseUrl),
                Optional.ofNullable(visibility),
                context.environment());
    }

    private PublishRun run(
            Publisher publisher, LedgerStore store, Ledger ledger, RunReport report) {
        return new PublishRun(
                publisher,
                RetryPolicy.standard(maxWait),
                store,
                ledger,
                context.clock(),
                context.sleeper(),
                report);
    }

    private static int finish(RunSummary summary) {
        if (summary.stopReason().isPresent()) {
            throw new CommandFailure(
                    ExitCode.NETWORK,
                    "stopped: "
                            + summary.stopReason().get()
                            + ". The ledger keeps what is posted; a re-run continues from there.");
        }
        return summary.complete() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
    }

    /**
     * Reads {@code 90s}, {@code 15m}, {@code 1h} or an ISO-8601 duration such as {@code PT15M},
     * from zero to a day: a rate limit that resets later than that is not worth waiting for on
     * launch day.
     */
    static final class WaitConverter implements ITypeConverter<Duration> {
        static final Duration LONGEST = Duration.ofHours(24);

        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            Duration wait;
            try {
                wait = parse(text);
            } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
                wait = null;
            }
            if (wait == null && !text.startsWith("-")) {
                throw new TypeConversionException(
                        "'" + value + "' is not a duration such as 90s, 15m or 1h");
            }
            if (wait == null || wait.isNegative()) {
                throw new TypeConversionException(
                        "'" + value + "' is negative; a wait is 0s or longer");
            }
            if (wait.compareTo(LONGEST) > 0) {
                throw new TypeConversionException(
                        "'" + value + "' is longer than a day; give 24h or less");
            }
            return wait;
        }

        private static Duration parse(String text) {
            if (text.matches("-?\\d{1,18}[smh]")) {
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                return switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            }
            if (text.matches("\\d+[smh]")) {
                return LONGEST.plusSeconds(1);
            }
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        }
    }
}
