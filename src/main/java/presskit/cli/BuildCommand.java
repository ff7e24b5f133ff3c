package presskit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import presskit.build.BuildResult;
import presskit.build.KitBuild;
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
        })
@Examples({
    "presskit build                           # the newest year into out/<year>/",
    "presskit build --year 2025 --no-pdf      # without the PDF releases, faster",
    "presskit build --municipality 0180       # one municipality's editions only",
    "presskit build --only national --out /tmp/kit"
})
final class BuildCommand implements Callable<Integer> {

    @Mixin CampaignOptions campaign;

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
        long start = System.nanoTime();
        KitBuild.Written written =
                new KitBuild(
                                campaign.request().withPdf(!noPdf),
                                Commands.timings(spec, context),
                                context.clock())
                        .write(out);
        BuildResult result = written.result();
        PrintWriter stdout = spec.commandLine().getOut();
        var outputs = result.kit().outputs();
        long posts = outputs.stream().filter(o -> o.kind() == OutputKind.POST).count();
        long threads = outputs.stream().filter(o -> o.kind() == OutputKind.THREAD).count();
        stdout.printf(
                "Wrote %s: %s (%s, %s, %s) in %d ms.%n",
                written.folder(),
                plural(outputs.size(), "output"),
                plural(posts, "post"),
                plural(threads, "thread"),
                plural(outputs.size() - posts - threads, "document"),
                (System.nanoTime() - start) / 1_000_000);
        if (written.intoPrevious()) {
            stdout.printf(
                    "Only the editions asked for were built; every other file in %s, the page and"
                            + " the zips included, is as the last build left it.%n",
                    written.folder());
        }
        var findings = result.findings();
        if (!findings.all().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            findings.all().forEach(d -> err.println(d.format()));
            err.printf(
                    "%s found; the manifest marks the outputs concerned. Fix them before publishing "
                            + "(presskit validate).%n",
                    Diagnostics.summary(findings.errorCount(), findings.warningCount()));
        }
        return ExitCode.OK.code();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
