package presskit.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import presskit.channel.Channels;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Diagnostics;
import presskit.export.PressKitPage;
import presskit.export.ReleasePdfs;
import presskit.kit.Kit;
import presskit.kit.LinkCard;
import presskit.load.ApprovalsFile;
import presskit.load.CampaignLoader;
import presskit.model.Approval;
import presskit.plan.KitBuilder;
import presskit.plan.Rendered;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;
import presskit.source.SourceFiles;
import presskit.validate.HandleCheck;
import presskit.validate.Validator;
import presskit.validate.links.LinksFile;
import presskit.variant.Edition;
import presskit.variant.Editions;
import presskit.variant.VariantKind;
import presskit.write.KitWriter;
import presskit.write.Leftovers;

/**
 * The one way presskit builds a kit, used by every command that needs one: check the folders, load
 * the campaign, make the editions, render and fit every output, validate, add the exports, write.
 */
public final class KitBuild {

    private final BuildRequest request;
    private final Timings timings;
    private final Clock clock;
    private final Kept kept;

    /** A build whose page tells whether the embargo holds by {@code clock}. */
    public KitBuild(BuildRequest request, Timings timings, Clock clock) {
        this(request, timings, clock, Kept.NOTHING);
    }

    /** The same, with what {@code kept} holds from an earlier build in this process. */
    KitBuild(BuildRequest request, Timings timings, Clock clock, Kept kept) {
        this.request = request;
        this.timings = timings;
        this.clock = clock;
        this.kept = kept;
    }

    /**
     * What a build may take from the one before it in the same process ({@link WarmBuild}) rather
     * than make again: its template engine and its channels, when their inputs are the same, and
     * the outputs it rendered from the same jobs.
     */
    interface Kept {
        Kept NOTHING =
                new Kept() {
                    @Override
                    public TemplateEngine engine(Path templates) {
                        return new TemplateEngine(templates);
                    }

                    @Override
                    public Channels channels(LoadedCampaign campaign) {
                        return ChannelSetup.of(campaign);
                    }
                };

        TemplateEngine engine(Path templates);

        Channels channels(LoadedCampaign campaign);

        /** The last build's outputs, to take those whose job is unchanged; none by default. */
        default Rendered rendered() {
            return Rendered.NOTHING;
        }

        /** This build's outputs, for the next build. */
        default void rendered(Rendered now) {}
    }

    /**
     * The kit rendered and validated in memory, without the exports (what {@code validate} needs):
     * no release PDFs, and no local post rendered with stand-ins ({@link Kit#frames()}), which only
     * the page shows and no finding reads.
     */
    public Checked check() {
        return check(false, false, null).checked();
    }

    /**
     * The checked kit; with {@code pdfs}, its release PDFs start rendering as soon as the releases
     * exist, beside the validation and the other exports; with {@code frames}, the kit has the
     * page's frames of the local posts; with {@code out}, a PDF whose inputs are those of the kit
     * already at {@code out/<year>/} is taken from it rather than rendered again.
     */
    private Started check(boolean pdfs, boolean frames, Path out) {
        inspectFolders();
        timings.begin("load");
        // Handles are checked as the branch files and the organisation load: reported with the
        // files' other problems. Warnings alone do not stop the load; they join the findings.
        Diagnostics handleWarnings = new Diagnostics();
        LoadedCampaign campaign =
                new CampaignLoader(
                                request.messages(),
                                (branch, sources) ->
                                        keepWarnings(
                                                HandleCheck.check(branch, sources), handleWarnings),
                                (organisation, sources) ->
                                        keepWarnings(
                                                HandleCheck.check(organisation, sources),
                                                handleWarnings))
                        .load(request.year());
        timings.mark("load");
        // A build of the whole kit into a folder takes what the last one there rendered from the
        // same jobs, and keeps what it renders for the next; read while the jobs are planned.
        RenderReuse memo =
                out != null && !request.partial()
                        ? RenderReuse.of(
                                out, campaign.campaign().year().year(), request.templates())
                        : null;
        Channels channels = kept.channels(campaign);
        List<Edition> editions = Editions.of(campaign.campaign(), Selections.of(request, campaign));
        // What the last link check found comes from the year's links file, an input like the YAML.
        List<Diagnostic> linksFileProblems = new ArrayList<>();
        Path linksFile = LinksFile.of(request.messages(), campaign.campaign().year().year());
        List<LinkCard> links =
                LinkCards.of(campaign, LinksFile.read(linksFile, linksFileProblems::add));
        timings.begin("render");
        TemplateEngine engine = kept.engine(request.templates());
        Rendered rendered =
                render(new KitBuilder(engine, channels), campaign, editions, links, frames, memo);
        Kit kit = rendered.kit();
        timings.mark(
                "render",
                rendered.taken() == 0
                        ? null
                        : rendered.made()
                                + " rendered, "
                                + rendered.taken()
                                + " taken from the last build");
        PdfReuse reuse =
                pdfs && out != null
                        ? new PdfReuse(
                                out.resolve(String.valueOf(campaign.campaign().year().year())))
                        : null;
        ReleasePdfs.Pending started =
                pdfs
                        ? ReleasePdfs.of(kit, campaign.campaign())
                                .reusing(reuse == null ? ReleasePdfs.Earlier.NONE : reuse)
                                .start(kit)
                        : null;
        try {
            return new Started(
                    validated(
                            campaign,
                            channels,
                            editions,
                            engine,
                            kit,
                            handleWarnings,
                            linksFileProblems),
                    started,
                    reuse,
                    memo == null ? null : memo.beside(rendered));
        } catch (RuntimeException | Error e) {
            if (started != null) {
                started.cancel();
            }
            throw e;
        }
    }

    /**
     * The kit rendered, taking what the last build rendered where {@code kept} has it; what this
     * build rendered is handed to {@code kept} and not held here, so that a one-off build lets its
     * jobs go as soon as the kit is made.
     */
    private Rendered render(
            KitBuilder builder,
            LoadedCampaign campaign,
            List<Edition> editions,
            List<LinkCard> links,
            boolean frames,
            RenderReuse memo) {
        Rendered rendered =
                builder.build(
                        campaign,
                        editions,
                        PressKitPage.TEMPLATES,
                        links,
                        frames,
                        kept.rendered(),
                        memo == null ? null : memo.kept(),
                        memo == null ? null : memo.context());
        kept.rendered(rendered);
        return rendered;
    }

    private Checked validated(
            LoadedCampaign campaign,
            Channels channels,
            List<Edition> editions,
            TemplateEngine engine,
            Kit kit,
            Diagnostics handleWarnings,
            List<Diagnostic> linksFileProblems) {
        timings.begin("validate");
        // The plan names national posts: a build without the national edition exports none of it.
        boolean national =
                editions.stream().anyMatch(e -> e.variant().kind() == VariantKind.NATIONAL);
        if (national) {
            kit = kit.with(ScheduleOutputs.of(campaign, kit));
        }
        Diagnostics findings = new Validator(channels).check(campaign, kit);
        findings.addAll(handleWarnings.all());
        findings.addAll(linksFileProblems);
        if (national) {
            findings.addAll(ScheduleOutputs.leftOut(campaign));
        }
        timings.mark("validate");
        Set<String> variants =
                editions.stream().map(e -> e.variant().code()).collect(Collectors.toSet());
        return new Checked(campaign, channels, kit, findings, engine, variants);
    }

    private static List<Diagnostic> keepWarnings(List<Diagnostic> found, Diagnostics warnings) {
        found.stream().filter(d -> !d.isError()).forEach(warnings::add);
        return found;
    }

    /** The whole kit: rendered, validated and completed with the page, PDFs, contacts and zips. */
    public BuildResult run() {
        return run(check(request.pdf(), true, null));
    }

    private BuildResult run(Started started) {
        Checked checked = started.checked();
        Exports exports = Exports.packed(exports(started));
        return new BuildResult(
                checked.campaign(), exports.kit(), exports.files(), checked.findings());
    }

    /**
     * The whole kit as {@link #run} makes it, with each zip left to pack when asked for: what a
     * preview ({@link WarmBuild}) serves.
     */
    Previewed preview() {
        Started started = check(request.pdf(), true, null);
        return new Previewed(started.checked(), exports(started));
    }

    private Exports.Lazy exports(Started started) {
        Checked checked = started.checked();
        timings.begin("exports");
        Exports.Lazy exports =
                Exports.lazily(
                        checked.campaign(),
                        checked.channels(),
                        checked.kit(),
                        checked.engine(),
                        started.pdfs(),
                        clock.instant(),
                        approvals(checked));
        timings.mark("exports");
        return exports;
    }

    /**
     * The year's approvals, an input like its links file: the page marks the posts they approve.
     */
    private List<Approval> approvals(Checked checked) {
        return ApprovalsFile.read(
                ApprovalsFile.of(request.messages(), checked.campaign().campaign().year().year()));
    }

    /**
     * Builds the kit and writes it to {@code out/<year>/}, whole or not at all. A request for a
     * region or a municipality ({@link BuildRequest#partial()}) builds only those editions and
     * writes their outputs into the kit already there: the other editions, the page, the zips, the
     * contacts and the schedule stay as the last build left them. Where there is no kit yet, the
     * part is the whole kit, with its own page and zips.
     */
    public Written write(Path out) {
        // A kit that a killed build left moved aside is put back before anything else happens.
        Leftovers.restore(out);
        // The previous kit's PDFs whose inputs did not change are taken, not rendered again.
        Started started = check(request.pdf(), true, out);
        BuildResult result = run(started);
        Map<String, String> madeFrom = started.reuse() == null ? Map.of() : started.reuse().keys();
        if (request.partial()) {
            timings.begin("write");
            KitWriter.Part part =
                    new KitWriter()
                            .writePart(
                                    result.kit(),
                                    result.files(),
                                    started.checked().variants(),
                                    madeFrom,
                                    out);
            timings.mark("write");
            return new Written(part.folder(), result, part.intoPrevious());
        }
        timings.begin("write");
        Path folder =
                new KitWriter()
                        .write(result.kit(), result.files(), madeFrom, started.rendered(), out);
        timings.mark("write");
        return new Written(folder, result, false);
    }

    /** Explicitly named folders must exist; the default templates folder may be absent. */
    private void inspectFolders() {
        if (!Files.isDirectory(request.messages())) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            SourceFiles.display(request.messages()),
                            0,
                            0,
                            "",
                            "no such folder: the campaign's YAML files are expected here"
                                    + " (give another with --messages DIR)"));
        }
        if (request.templatesExplicit() && !Files.isDirectory(request.templates())) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            SourceFiles.display(request.templates()),
                            0,
                            0,
                            "",
                            "no such folder: --templates names a folder that does not exist"));
        }
    }

    /**
     * A rendered, validated kit with the campaign and channels it came from, its engine and the
     * codes of the editions built ({@code national}, {@code 18}, {@code 2584}).
     */
    public record Checked(
            LoadedCampaign campaign,
            Channels channels,
            Kit kit,
            Diagnostics findings,
            TemplateEngine engine,
            Set<String> variants) {}

    /**
     * A checked kit and its release PDFs rendering, or null when the build makes none, what they
     * take from the previous kit, or null, and the file that keeps the outputs this build rendered
     * for the next build, or null.
     */
    private record Started(
            Checked checked, ReleasePdfs.Pending pdfs, PdfReuse reuse, KitWriter.Beside rendered) {}

    /** A checked kit and its exports, the zips packed when asked for. */
    record Previewed(Checked checked, Exports.Lazy exports) {}

    /**
     * A written kit: where it is, what was built, and whether that was some editions written into
     * the kit that was there.
     */
    public record Written(Path folder, BuildResult result, boolean intoPrevious) {}
}
