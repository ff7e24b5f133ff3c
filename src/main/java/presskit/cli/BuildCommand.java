package presskit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import presskit.build.BuildResult;
import presskit.build.KitBuild;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.Diagnostics;
import presskit.kit.OutputKind;

/** {@code presskit build}: renders every output of a year into {@code out/<year>/}. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Build every output of a year into OUT/<year>/ (written whole or not at all).",
            "With --region or --municipality, only those editions are rendered, into the kit"
                    + " already there; every other file of it stays as it was."
        },
        footer = {
            "%nExit status: 0 written, 1 written but with error findings (fix them before"
                    + " publishing), 2 usage error or input that cannot be loaded."
        })
@Examples({
    "presskit build                           # the newest year into out/<year>/",
    "presskit build --year 2025 --no-pdf      # without the PDF releases, faster",
    "presskit build --municipality 0180       # one municipality's editions only",
    "presskit build --only national --out /tmp/kit"
})
final class BuildCommand implements Callable<Integer> {

    @Mixin CampaignOptions campaign;

    @Mixin Verbosity verbosity;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--no-pdf",
            description = "Skip the PDF releases (the slowest part of a build).")
    boolean noPdf;

    @Spec CommandSpec spec;

    private final Context context;

    BuildCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        verbosity.check();
        long start = System.nanoTime();
        KitBuild.Written written =
                new KitBuild(
                                campaign.request().withPdf(!noPdf),
                                Commands.timings(spec, context, verbosity),
                                context.clock())
                        .write(out);
        BuildResult result = written.result();
        if (!verbosity.quiet) {
            summary(written, System.nanoTime() - start);
        }
        return findings(result.findings());
    }

    /** What was written, how long it took and where the page is. */
    private void summary(KitBuild.Written written, long nanos) {
        PrintWriter stdout = spec.commandLine().getOut();
        var outputs = written.result().kit().outputs();
        long posts = outputs.stream().filter(o -> o.kind() == OutputKind.POST).count();
        long threads = outputs.stream().filter(o -> o.kind() == OutputKind.THREAD).count();
        Path page = written.folder().resolve("index.html");
        stdout.printf(
                "Wrote %s: %s (%s, %s, %s) in %s.%s%n",
                written.folder(),
                plural(outputs.size(), "output"),
                plural(posts, "post"),
                plural(threads, "thread"),
                plural(outputs.size() - posts - threads, "document"),
                StepProgress.seconds(nanos / 1_000_000),
                Files.isRegularFile(page) ? " Open " + page : "");
        if (written.intoPrevious()) {
            stdout.printf(
                    "Only the editions asked for were built; every other file in %s, the page and"
                            + " the zips included, is as the last build left it.%n",
                    written.folder());
        }
    }

    /**
     * Prints the findings, one line per cause unless {@code --verbose}, and returns the exit
     * status: 1 when any is an error, as {@code validate} does, although the kit is written.
     */
    private int findings(Diagnostics findings) {
        List<Diagnostic> shown =
                findings.all().stream().filter(d -> d.isError() || !verbosity.quiet).toList();
        if (shown.isEmpty()) {
            return ExitCode.OK.code();
        }
        PrintWriter err = spec.commandLine().getErr();
        long errors;
        long warnings;
        if (verbosity.verbose) {
            shown.forEach(d -> err.println(d.format()));
            errors = findings.errorCount();
            warnings = findings.warningCount();
        } else {
            List<FindingGroups.Group> groups = FindingGroups.of(shown);
            groups.forEach(g -> err.println(g.format()));
            errors = groups.stream().filter(FindingGroups.Group::isError).count();
            warnings = FindingGroups.of(findings.all()).size() - errors;
        }
        if (errors > 0) {
            err.printf(
                    "%s found; the kit was written and the manifest marks the outputs concerned,"
                            + " but the errors must be fixed before publishing (exit status 1).%n",
                    Diagnostics.summary(errors, warnings));
            return ExitCode.FINDINGS.code();
        }
        err.printf(
                "%s found; the manifest marks the outputs concerned (presskit validate).%n",
                Diagnostics.summary(errors, warnings));
        return ExitCode.OK.code();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
