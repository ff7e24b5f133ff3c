package presskit.plan;

import java.util.List;
import java.util.Map;
import presskit.kit.Kit;
import presskit.kit.Output;
import presskit.kit.OutputId;
import presskit.kit.PostFrame;
import presskit.render.TemplateEngine;

/**
 * A kit as {@link KitBuilder} rendered it, with what each output was rendered from, so that the
 * next build in the same process (a preview rebuilding after a save) renders only the outputs whose
 * job changed and takes the others as they are.
 *
 * <p>An output is taken when the engine is the same one (no template changed), the year's optional
 * hashtags are the same (what fitting may drop), and its job is equal to the earlier one: the same
 * template, file and channel, and an equal view, which holds everything a template can read.
 * Rendering and fitting depend on nothing else, so the kit is the one a fresh build makes.
 */
public final class Rendered {

    /** Nothing rendered before: every output is rendered. */
    public static final Rendered NOTHING = new Rendered(null, null, List.of(), Map.of());

    private final Kit kit;
    private final TemplateEngine engine;
    private final List<String> optionalHashtags;
    private final Map<OutputId, Done> jobs;

    /**
     * @param kit the kit rendered
     * @param engine the engine that rendered it
     * @param optionalHashtags the hashtags fitting could drop
     * @param jobs each output's job, output and frame, by output id
     */
    Rendered(
            Kit kit,
            TemplateEngine engine,
            List<String> optionalHashtags,
            Map<OutputId, Done> jobs) {
        this.kit = kit;
        this.engine = engine;
        this.optionalHashtags = List.copyOf(optionalHashtags);
        this.jobs = Map.copyOf(jobs);
    }

    /** The kit rendered. */
    public Kit kit() {
        return kit;
    }

    /**
     * What {@code job} rendered to in this kit, when a build with {@code engine} and {@code
     * optional} hashtags may take it; null otherwise.
     */
    Done earlier(Job job, TemplateEngine engine, List<String> optional) {
        if (this.engine != engine || !optionalHashtags.equals(optional)) {
            return null;
        }
        Done done = jobs.get(job.id());
        return done != null && done.job().equals(job) ? done : null;
    }

    /** One job and what it made: its output, and its frame for the page (null without frames). */
    record Done(Job job, Output output, PostFrame frame) {}
}
