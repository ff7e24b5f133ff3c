package presskit.plan;

import java.util.HashMap;
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
    public static final Rendered NOTHING = new Rendered(null, null, List.of(), List.of(), 0);

    private final Kit kit;
    private final TemplateEngine engine;
    private final List<String> optionalHashtags;
    private final List<Done> done;
    private final int made;
    private final Map<OutputId, Done> jobs;

    /**
     * @param kit the kit rendered
     * @param engine the engine that rendered it
     * @param optionalHashtags the hashtags fitting could drop
     * @param done each output's job, output and frame, in the kit's order
     * @param made how many of them this build rendered rather than took
     */
    Rendered(
            Kit kit,
            TemplateEngine engine,
            List<String> optionalHashtags,
            List<Done> done,
            int made) {
        this.kit = kit;
        this.engine = engine;
        this.optionalHashtags = List.copyOf(optionalHashtags);
        this.done = List.copyOf(done);
        this.made = made;
        Map<OutputId, Done> byId = new HashMap<>();
        done.forEach(d -> byId.put(d.job().id(), d));
        this.jobs = byId;
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

    /**
     * How many outputs this build rendered; the others it took from an earlier build (in this
     * process, or kept in a {@link RenderMemo}).
     */
    public int made() {
        return made;
    }

    /** How many outputs this build took from an earlier build instead of rendering them. */
    public int taken() {
        return done.size() - made;
    }

    /** Every job of the kit with what it made. */
    List<Done> done() {
        return done;
    }

    /**
     * One job and what it made: its output, and its frame for the page (null without frames); with
     * the job's key when the build keyed its jobs for a {@link RenderMemo}, null otherwise.
     */
    record Done(Job job, Output output, PostFrame frame, JobKeys.Key key) {

        /** The same job and output with {@code newFrame}. */
        Done withFrame(PostFrame newFrame) {
            return new Done(job, output, newFrame, key);
        }
    }
}
