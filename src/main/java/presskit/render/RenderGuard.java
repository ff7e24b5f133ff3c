package presskit.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Keeps one rendering within bounds, watching every template element FreeMarker enters: no deeper
 * than {@link #MAX_DEPTH}, no longer than {@link #DEADLINE}. The first bound crossed is remembered
 * with the element it was crossed at, and from then on every element stops the rendering, so that
 * neither {@code <#attempt>} nor a wrapping exception lets the template carry on.
 */
final class RenderGuard implements TemplateProcessingTracer {

    /**
     * How long one output may take to render. A post renders in about a millisecond and the
     * press-kit page, the largest output, in well under a second even on a loaded machine; a
     * template still running after this is in a loop that does not end.
     */
    static final Duration DEADLINE = Duration.ofSeconds(5);

    /**
     * How many elements (directives, interpolations, macro and function calls, includes) may be
     * inside each other. The built-in templates need at most 12; a thread's default stack holds
     * about 2 000 before it overflows, so a macro that calls itself without end stops here, with a
     * line.
     */
    static final int MAX_DEPTH = 500;

    /** What too deep a rendering is told, whether the guard or the Java stack noticed. */
    static final String TOO_DEEP =
            "rendering went more than "
                    + MAX_DEPTH
                    + " levels deep (directives, macro and function calls and includes inside each"
                    + " other): a macro or function that calls itself, or a template that includes"
                    + " itself, needs a condition that ends it";

    private final long deadline;
    private final BooleanSupplier stopRequested;
    private final LoopChecks loopChecks;

    /** The elements being rendered, outermost first; {@code depth} of them are current. */
    private final TracedElement[] path = new TracedElement[MAX_DEPTH + 1];

    /** A mask: the clock is read when the count of elements entered has these bits clear. */
    private static final int CHECK_EVERY = 63;

    private int entered;
    private int depth;
    private TracedElement last;
    private Object lastTemplate;
    private Crossed crossed;

    /** The first bound crossed, and where: the element being rendered, null before the first. */
    record Crossed(TracedElement element, String message) {}

    /**
     * @param stopRequested whether the build has already given up (another output crossed a bound),
     *     so this rendering should stop at its next element
     */
    RenderGuard(LoopChecks loopChecks, BooleanSupplier stopRequested) {
        this.deadline = System.nanoTime() + DEADLINE.toNanos();
        this.stopRequested = stopRequested;
        this.loopChecks = loopChecks;
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        last = element;
        if (depth < path.length) {
            path[depth] = element;
        }
        depth++;
        if (element.getTemplate() != lastTemplate) {
            // A template first reached while rendering (an include, ?interpret) gets its checks
            // before any of its elements runs.
            lastTemplate = element.getTemplate();
            loopChecks.addTo(element.getTemplate());
        }
        if (crossed != null) {
            throw new Stop();
        }
        if (depth > MAX_DEPTH) {
            last = lastCall();
            throw cross(TOO_DEEP);
        }
        // The clock and the other renderings are asked every so many elements: each element is
        // quick, and asking at every one would cost the build a few percent.
        if ((++entered & CHECK_EVERY) != 0) {
            return;
        }
        if (stopRequested.getAsBoolean()) {
            throw new Stop();
        }
        if (System.nanoTime() - deadline > 0) {
            throw cross(
                    "rendering this output took longer than "
                            + DEADLINE.toSeconds()
                            + " s, the most one output may take: a loop that does not end (such as"
                            + " <#list 1.. as i>) or one far too long; loop over the view's lists"
                            + " instead");
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /**
     * The innermost element that called a macro or function or included a template: the last one
     * whose child does not lie inside it in the source. Where a recursion goes round, that is the
     * call that needs a condition.
     */
    private TracedElement lastCall() {
        for (int i = path.length - 1; i > 0; i--) {
            if (!inside(path[i], path[i - 1])) {
                return path[i - 1];
            }
        }
        return last;
    }

    private static boolean inside(TracedElement child, TracedElement parent) {
        return child.getTemplate() == parent.getTemplate()
                && within(child.getBeginLine(), child.getBeginColumn(), parent)
                && within(child.getEndLine(), child.getEndColumn(), parent);
    }

    private static boolean within(int line, int column, TracedElement span) {
        boolean afterBegin =
                line > span.getBeginLine()
                        || (line == span.getBeginLine() && column >= span.getBeginColumn());
        boolean beforeEnd =
                line < span.getEndLine()
                        || (line == span.getEndLine() && column <= span.getEndColumn());
        return afterBegin && beforeEnd;
    }

    /**
     * Records a bound crossed at the element being rendered (the first one counts) and returns the
     * exception that stops the rendering.
     */
    Stop cross(String message) {
        if (crossed == null) {
            crossed = new Crossed(inFile(last), message);
        }
        return new Stop();
    }

    /**
     * The element itself, or for one in a text run with {@code ?interpret}, which has no file, the
     * innermost element being rendered that has: the one that ran the text.
     */
    private TracedElement inFile(TracedElement element) {
        for (int i = Math.min(depth, path.length) - 1;
                element != null && interpreted(element);
                i--) {
            element = i < 0 ? null : path[i];
        }
        return element;
    }

    /** FreeMarker names a template made by {@code ?interpret} after the one that made it. */
    private static boolean interpreted(TracedElement element) {
        String name = element.getTemplate().getName();
        return name != null && name.contains("->");
    }

    /** The bound crossed, or null while the rendering is within bounds. */
    Crossed crossed() {
        return crossed;
    }

    /**
     * Thrown to stop a rendering; carries nothing, the guard knows why. Not a {@code
     * TemplateException}, so {@code <#attempt>} cannot recover from it where it is thrown.
     */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("rendering stopped", null, false, false);
        }
    }
}
