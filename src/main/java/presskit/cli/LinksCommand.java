package presskit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import presskit.build.KitBuild;
import presskit.validate.links.CheckedLink;
import presskit.validate.links.LinkCache;
import presskit.validate.links.LinkCheckListener;
import presskit.validate.links.LinkCheckOptions;
import presskit.validate.links.LinkChecker;
import presskit.validate.links.LinkReport;
import presskit.validate.links.LinkResult;
import presskit.validate.links.LinkUse;
import presskit.validate.links.LinksFile;
import presskit.validate.links.ProgressBar;
import presskit.validate.links.YearLinks;
import presskit.write.WriteFailure;

/** {@code presskit links}: checks that links work, for a year's outputs or for the URLs given. */
@Command(
        name = "links",
        mixinStandardHelpOptions = true,
        description = {
            "Check every unique link once: HTTP status, redirects, page title, link-preview tags.",
            "Without URL or --from, the year's links are checked; their results are saved in"
                    + " <messages>/<year>.links.json, which the next build shows.",
            "Exit status: 0 all links work, 1 a link must be fixed or could not be confirmed"
                    + " (timeout, rate-limited), 2 usage error, 3 no host could be resolved"
                    + " (offline)."
        })
@Examples({
    "presskit links                           # the newest year's links",
    "presskit links https://example.org/skolenkaten-2025",
    "presskit links --from urls.txt --format json"
})
public final class LinksCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "URL",
            arity = "0..*",
            description = "URLs to check instead of the year's.")
    List<String> urls = new ArrayList<>();

    @Option(
            names = "--from",
            paramLabel = "FILE",
            description =
                    "Check the URLs in FILE, one per line; blank lines and lines starting"
                            + " with # are skipped.")
    Path from;

    @Mixin CampaignOptions campaign;

    @Mixin LinkCacheDir cacheDir;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (a table, the default) or json.")
    Format format;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description =
                    "Time allowed for the whole check of one URL, 0.001 to 600"
                            + " (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(
            names = "--no-cache",
            description = "Check every link again, even those checked recently.")
    boolean noCache;

    @Option(
            names = "--cache-ttl",
            paramLabel = "MINUTES",
            defaultValue = "60",
            description = "How long a working link's result is reused (default: ${DEFAULT-VALUE}).")
    long cacheTtlMinutes;

    @Spec CommandSpec spec;

    private final Context context;

    LinksCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        checkOptions();
        boolean forYear = urls.isEmpty() && from == null;
        KitBuild.Checked year =
                forYear
                        ? new KitBuild(
                                        campaign.request(),
                                        Commands.timings(spec, context),
                                        context.clock())
                                .check()
                        : null;
        List<LinkUse> uses = forYear ? YearLinks.of(year.campaign(), year.kit()) : listed();
        LinkCache cache = LinkCache.in(cacheDir.dir, cacheTtl(), context.clock());
        if (noCache) {
            cache = cache.refreshing();
        }
        LinkCheckOptions options =
                LinkCheckOptions.defaults()
                        .withTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<LinkResult> results = new LinkChecker(options, cache).check(uses, listener(err));
        if (offline(results)) {
            // Every host unknown means no network, not broken links: a links file of red
            // verdicts would tell the page's readers that every address is wrong.
            err.println(
                    "presskit: no host could be resolved: you seem to be offline; nothing was"
                            + " marked broken"
                            + (forYear ? " and the links file is as it was." : "."));
            return ExitCode.NETWORK.code();
        }
        LinkReport report = new LinkReport(results);
        if (format == Format.JSON) {
            report.printJson(out);
        } else {
            report.printText(out);
        }
        if (forYear) {
            Path saved = save(year, cache, results);
            if (format == Format.TEXT) {
                out.println("Wrote " + saved + ": the next build shows these results.");
                out.flush();
            }
        }
        return (report.hasFailures() ? ExitCode.FINDINGS : ExitCode.OK).code();
    }

    /**
     * Whether no host could be resolved: every link checked now (not taken from the cache) failed
     * because its host name is unknown. One host that resolves shows the network works.
     */
    private static boolean offline(List<LinkResult> results) {
        List<LinkResult> checked = results.stream().filter(r -> !r.cached()).toList();
        return !checked.isEmpty() && checked.stream().allMatch(LinkResult::hostNotFound);
    }

    /**
     * Writes a year's results to its links file: the only way a build learns what a check found.
     */
    private Path save(KitBuild.Checked year, LinkCache cache, List<LinkResult> results) {
        int number = year.campaign().campaign().year().year();
        Path file = LinksFile.of(campaign.request().messages(), number);
        try {
            LinksFile.write(
                    file,
                    results.stream().map(r -> CheckedLink.of(r, cache.checkedAt(r))).toList());
        } catch (IOException e) {
            throw new WriteFailure(file, e);
        }
        return file;
    }

    private void checkOptions() {
        // Below a millisecond no request can be answered, and the time is counted in milliseconds.
        if (!(timeoutSeconds >= 0.001 && timeoutSeconds <= 600)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--timeout must be from 0.001 to 600 seconds (for example 2.5), was "
                            + given("--timeout", timeoutSeconds));
        }
        if (cacheTtlMinutes < 0) {
            throw new ParameterException(spec.commandLine(), "--cache-ttl must not be negative");
        }
        if (campaign.source.year != null && (from != null || !urls.isEmpty())) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--year checks a year's links; give it without URLs or --from");
        }
    }

    /** The option's value as the user typed it. */
    private String given(String option, Object parsed) {
        List<String> typed = spec.findOption(option).originalStringValues();
        return typed.isEmpty() ? String.valueOf(parsed) : typed.get(typed.size() - 1);
    }

    /**
     * The TTL in minutes as a duration. More minutes than a duration holds means what any TTL
     * longer than the cache's age means, reuse every working result, so it saturates rather than
     * being refused.
     */
    private Duration cacheTtl() {
        return cacheTtlMinutes > ChronoUnit.FOREVER.getDuration().toMinutes()
                ? ChronoUnit.FOREVER.getDuration()
                : Duration.ofMinutes(cacheTtlMinutes);
    }

    private List<LinkUse> listed() {
        List<LinkUse> uses = new ArrayList<>();
        urls.forEach(url -> uses.add(LinkUse.of(url)));
        if (from != null) {
            readList(from).forEach(url -> uses.add(LinkUse.of(url)));
        }
        return uses;
    }

    private static List<String> readList(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (NoSuchFileException e) {
            throw new CommandFailure(ExitCode.USAGE_OR_INPUT, file + ": no such file");
        } catch (MalformedInputException e) {
            throw new CommandFailure(ExitCode.USAGE_OR_INPUT, file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT, file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private LinkCheckListener listener(PrintWriter err) {
        // A bar only for a person at a terminal; in a pipe or CI log it would be noise.
        if (context.console()) {
            return new ProgressBar(err);
        }
        return new LinkCheckListener() {
            @Override
            public void warning(String message) {
                err.println("presskit: warning: " + message);
                err.flush();
            }
        };
    }
}
