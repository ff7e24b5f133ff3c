package presskit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import presskit.build.KitBuild;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Diagnostics;
import presskit.validate.links.OnlineLinkFindings;

/** {@code presskit validate}: every offline check of a year; nothing is written. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check a year without writing anything: post lengths, links, hashtags, placeholders, embargo.",
            "With --online, also check that every link works.",
            "Exit status: 0 clean, 1 findings, 2 input that cannot be loaded or a usage error."
        })
@Examples({
    "presskit validate                        # the newest year",
    "presskit validate --online               # and check that every link works",
    "presskit validate --year 2025 --format json"
})
final class ValidateCommand implements Callable<Integer> {

    @Mixin CampaignOptions campaign;

    @Mixin LinkCacheDir cache;

    @Mixin Verbosity verbosity;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    @Option(
            names = "--online",
            description =
                    "Also check that every link works (each unique address once, concurrently).")
    boolean online;

    @Spec CommandSpec spec;

    private final Context context;

    ValidateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        verbosity.check();
        Diagnostics findings;
        try {
            KitBuild.Checked result =
                    new KitBuild(
                                    campaign.request(),
                                    Commands.timings(spec, context, verbosity),
                                    context.clock())
                            .check();
            findings = result.findings();
            if (online) {
                findings.addAll(OnlineLinkFindings.of(result.campaign(), result.kit(), cache.dir));
            }
        } catch (DiagnosticException e) {
            if (format != Format.JSON) {
                throw e;
            }
            // Scripts asking for JSON get JSON even when the input cannot be loaded.
            print(e.diagnostics());
            return ExitCode.USAGE_OR_INPUT.code();
        }
        print(findings.all());
        return findings.hasErrors() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private void print(List<Diagnostic> all) {
        PrintWriter out = spec.commandLine().getOut();
        long errors = all.stream().filter(Diagnostic::isError).count();
        if (format == Format.JSON) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            ArrayNode list = root.putArray("findings");
            for (Diagnostic d : all) {
                list.addObject()
                        .put("severity", d.severity().label())
                        .put("file", d.file())
                        .put("line", d.line())
                        .put("column", d.column())
                        .put("field", d.field())
                        .put("message", d.message());
            }
            root.put("errors", errors).put("warnings", all.size() - errors);
            out.println(root.toString());
            return;
        }
        if (verbosity.verbose) {
            all.forEach(d -> out.println(d.format()));
        } else {
            // One line per cause: a placeholder link in 48 outputs is one thing to fix.
            List<FindingGroups.Group> groups = FindingGroups.of(all);
            groups.stream()
                    .filter(g -> g.isError() || !verbosity.quiet)
                    .forEach(g -> out.println(g.format()));
            errors = groups.stream().filter(FindingGroups.Group::isError).count();
            all = groups.stream().map(FindingGroups.Group::first).toList();
        }
        if (!verbosity.quiet) {
            out.println(
                    all.isEmpty()
                            ? "No findings."
                            : Diagnostics.summary(errors, all.size() - errors) + ".");
        }
    }
}
