package presskit.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import presskit.channel.Channel;
import presskit.channel.Channels;
import presskit.channel.FittedPost;
import presskit.channel.PostFitter;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.LinkCard;
import presskit.kit.Output;
import presskit.kit.Post;
import presskit.kit.PostFrame;
import presskit.kit.PostThread;
import presskit.model.Hashtag;
import presskit.render.TemplateEngine;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;
import presskit.variant.Edition;

/**
 * Renders a year's kit in memory: plans every output of every edition, loads every template before
 * rendering anything, renders in parallel and fits each post to its channel.
 */
public final class KitBuilder {

    private final TemplateEngine engine;
    private final OutputPlan plan;

    public KitBuilder(TemplateEngine engine, Channels channels) {
        this.engine = engine;
        this.plan = new OutputPlan(channels);
    }

    /**
     * Builds every output of the given editions; template errors are collected and thrown together.
     *
     * @param laterTemplates the templates the build renders after the kit (the page's), checked
     *     with the kit's before anything renders
     * @param links the year's links as the kit shows them
     */
    public Kit build(
            LoadedCampaign loaded,
            List<Edition> editions,
            List<String> laterTemplates,
            List<LinkCard> links) {
        return build(loaded, editions, laterTemplates, links, true);
    }

    /**
     * The same; without {@code frames}, the kit has no {@link PostFrame}s (only the page shows
     * them, and each costs three renderings of its post).
     */
    public Kit build(
            LoadedCampaign loaded,
            List<Edition> editions,
            List<String> laterTemplates,
            List<LinkCard> links,
            boolean frames) {
        return build(loaded, editions, laterTemplates, links, frames, Rendered.NOTHING, null, null)
                .kit();
    }

    /**
     * The same, taking from {@code earlier} (the last build in this process) every output whose job
     * is unchanged instead of rendering it again, and, with a {@code context}, from {@code memo} (a
     * build in another process) every output whose job has the same key; returns the kit with what
     * it was rendered from, for the build after it, keyed when there is a {@code context}.
     *
     * @param memo the outputs a build in another process kept (read while the jobs are keyed), or
     *     null
     * @param context what the outputs depend on besides their jobs and the year's optional hashtags
     *     (presskit's version and jar, the templates' bytes); null to key nothing
     */
    public Rendered build(
            LoadedCampaign loaded,
            List<Edition> editions,
            List<String> laterTemplates,
            List<LinkCard> links,
            boolean frames,
            Rendered earlier,
            Supplier<RenderMemo> memo,
            String context) {
        List<Job> jobs = editions.stream().flatMap(e -> plan.jobs(e).stream()).toList();
        requireLocal(loaded, jobs);
        List<String> optional =
                loaded.campaign().year().hashtags().stream()
                        .filter(h -> !h.required())
                        .map(Hashtag::tag)
                        .toList();
        // What an earlier build rendered from the same job is taken first; only the templates of
        // what is left are prepared (a template taken unchanged was prepared by the build that
        // rendered with it, and a changed template changes every key and engine).
        List<Rendered.Done> taken = taken(jobs, earlier, memo, context, optional);
        List<String> templates = new ArrayList<>(laterTemplates);
        for (int i = 0; i < jobs.size(); i++) {
            Rendered.Done d = taken.get(i);
            if (d.output() == null || (frames && d.job().frames() != null && d.frame() == null)) {
                templates.add(jobs.get(i).template());
            }
        }
        engine.prepare(templates);
        AtomicInteger made = new AtomicInteger();
        Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();
        AtomicReference<DiagnosticException> cause = new AtomicReference<>();
        List<Rendered.Done> done =
                taken.parallelStream()
                        .map(
                                d -> {
                                    if (d.output() != null) {
                                        return d;
                                    }
                                    try {
                                        made.incrementAndGet();
                                        return new Rendered.Done(
                                                d.job(), render(d.job(), optional), null, d.key());
                                    } catch (DiagnosticException e) {
                                        problems.addAll(e.diagnostics());
                                        cause.compareAndSet(null, e);
                                        return null;
                                    }
                                })
                        .filter(Objects::nonNull)
                        .toList();
        if (!problems.isEmpty()) {
            // The same template error repeats in every variant: report each once.
            throw new DiagnosticException(
                    new ArrayList<>(new LinkedHashSet<>(problems))
                            .stream().sorted(Comparator.comparing(Diagnostic::format)).toList(),
                    cause.get().getCause());
        }
        if (frames) {
            // A frame taken with its post is the same: only new posts are rendered with stand-ins.
            done =
                    done.parallelStream()
                            .map(
                                    d ->
                                            d.job().frames() == null || d.frame() != null
                                                    ? d
                                                    : d.withFrame(frame(d.job())))
                            .toList();
        }
        var report = loaded.campaign().year().report();
        Kit kit =
                new Kit(
                        loaded.campaign().year().year(),
                        report.embargo(),
                        done.stream().map(Rendered.Done::output).toList(),
                        links,
                        frames
                                ? done.stream()
                                        .map(Rendered.Done::frame)
                                        .filter(Objects::nonNull)
                                        .toList()
                                : List.of());
        return new Rendered(kit, engine, optional, done, made.get());
    }

    /**
     * Each job, in order, with what {@code earlier} (this process's last build) or else {@code
     * memo} (a build in another process) rendered from it, or with no output where neither has it;
     * with its key in {@code context} and the year's {@code optional} hashtags when there is a
     * context. Keyed on each thread by a {@link JobKeys} of its own: jobs share most of their
     * values, which a key walks once.
     */
    private List<Rendered.Done> taken(
            List<Job> jobs,
            Rendered earlier,
            Supplier<RenderMemo> memo,
            String context,
            List<String> optional) {
        Map<Thread, JobKeys> keys = new ConcurrentHashMap<>();
        String keyed = context == null ? null : context + "\n" + String.join(" ", optional);
        List<Rendered.Done> keyedJobs =
                jobs.parallelStream()
                        .map(
                                job -> {
                                    JobKeys.Key key =
                                            keyed == null
                                                    ? null
                                                    : keys.computeIfAbsent(
                                                                    Thread.currentThread(),
                                                                    t -> new JobKeys(keyed))
                                                            .key(job);
                                    Rendered.Done before = earlier.earlier(job, engine, optional);
                                    return before == null
                                            ? new Rendered.Done(job, null, null, key)
                                            : new Rendered.Done(
                                                    job, before.output(), before.frame(), key);
                                })
                        .toList();
        RenderMemo kept = memo == null ? RenderMemo.NONE : memo.get();
        if (kept.size() == 0) {
            return keyedJobs;
        }
        return keyedJobs.stream()
                .map(
                        d -> {
                            Rendered.Done stored =
                                    d.output() == null ? kept.take(d.job(), d.key()) : null;
                            return stored == null ? d : stored;
                        })
                .toList();
    }

    /**
     * Local posts say what the year's {@code local:} block says; a year without one cannot make
     * them, which is an error at the year file rather than a post addressed to nobody.
     */
    private static void requireLocal(LoadedCampaign loaded, List<Job> jobs) {
        if (loaded.campaign().year().local() != null) {
            return;
        }
        long municipalities =
                jobs.stream()
                        .filter(j -> j.id().kind().equals("local"))
                        .map(j -> j.id().variantCode())
                        .distinct()
                        .count();
        if (municipalities == 0) {
            return;
        }
        SourceMap year = loaded.year();
        SourceMap.Position at = year.value("local");
        throw new DiagnosticException(
                Diagnostic.error(
                        year.file(),
                        at.line(),
                        at.column(),
                        "local",
                        "missing: the local posts of "
                                + municipalities
                                + (municipalities == 1 ? " municipality" : " municipalities")
                                + " need a 'local:' block with 'committee' (whom they address"
                                + " where a branch file names no committee) and 'question' (what"
                                + " they ask); or leave local posts out with 'skip: [local]' for"
                                + " each network in channels.yaml"));
    }

    private Output render(Job job, List<String> optionalHashtags) {
        String text = tidy(engine.render(job.template(), job.model()));
        Channel channel = job.channel();
        if (channel == null) {
            return new Document(job.id(), job.kind(), job.path(), text, job.example());
        }
        PostFitter fitter = new PostFitter(channel);
        FittedPost fitted = fitter.fit(text, optionalHashtags);
        if (job.fallback() != null && (fitted.isThread() || !fitted.fitsAll(channel))) {
            // Tagging everyone does not fit: the chair stays in the post, the others move to a
            // reply.
            fitted =
                    fitter.fit(
                            tidy(engine.render(job.template(), job.fallback())), optionalHashtags);
        }
        if (fitted.isThread() && job.model() instanceof PostView view && shortened(view)) {
            // The message's own shorter wording, when it makes one post, reads better than a
            // thread; where it does not, the thread keeps the full wording.
            FittedPost shorter =
                    fitter.fit(
                            tidy(engine.render(job.template(), view.withShortMessage())),
                            optionalHashtags);
            if (!shorter.isThread() && shorter.fitsAll(channel)) {
                fitted = shorter;
            }
        }
        // Whether it fits is decided here, once, by the network's rule (Bluesky also bounds bytes).
        if (!fitted.isThread()) {
            String post = fitted.parts().get(0);
            return new Post(
                    job.id(),
                    job.path(),
                    post,
                    channel.length(post),
                    channel.limit(),
                    channel.fits(post),
                    fitted.droppedHashtags(),
                    job.example());
        }
        List<PostThread.Part> parts = new ArrayList<>();
        for (int i = 0; i < fitted.parts().size(); i++) {
            String part = fitted.parts().get(i);
            String path = job.id() + "-" + (i + 1) + ".txt";
            parts.add(new PostThread.Part(path, part, channel.length(part), channel.fits(part)));
        }
        String whole = String.join("\n\n", fitted.parts());
        return new PostThread(
                job.id(),
                job.path(),
                parts,
                channel.length(whole),
                channel.limit(),
                fitted.droppedHashtags(),
                job.example(),
                fitted.asOnePost());
    }

    /** A local post with stand-ins, rendered as {@link #render} renders it, before fitting. */
    private PostFrame frame(Job job) {
        Job.Frames views = job.frames();
        return new PostFrame(
                job.id(),
                views.committee(),
                tidy(engine.render(job.template(), views.bare())),
                tidy(engine.render(job.template(), views.tagged())),
                tidy(engine.render(job.template(), views.replied())));
    }

    private static boolean shortened(PostView view) {
        return view.message() != null && view.message().shortForm() != null;
    }

    /**
     * Template output without trailing blanks and with at most one empty line in a row, and without
     * blanks at its start and end. One pass over the text: every output goes through it.
     */
    static String tidy(String rendered) {
        StringBuilder out = new StringBuilder(rendered.length());
        boolean blank = true;
        int start = 0;
        while (true) {
            int newline = rendered.indexOf('\n', start);
            int end = newline < 0 ? rendered.length() : newline;
            // Trailing blanks include the '\r' of a CR LF line end; no blank is a surrogate.
            while (end > start && Character.isWhitespace(rendered.charAt(end - 1))) {
                end--;
            }
            boolean empty = end == start;
            if (!empty || !blank) {
                out.append(rendered, start, end).append('\n');
                blank = empty;
            }
            if (newline < 0) {
                return out.toString().strip();
            }
            start = newline + 1;
        }
    }
}
