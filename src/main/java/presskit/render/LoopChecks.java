package presskit.render;

import freemarker.core._CoreAPI;
import freemarker.template.Template;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Gives every loop body, macro and function of a template one more element, entered on each pass,
 * so that {@link RenderGuard} sees even an empty loop ({@code <#list 1.. as i></#list>}) go round.
 *
 * <p>The element is FreeMarker's thread-interruption check, which FreeMarker adds only through its
 * internal {@code _CoreAPI.addThreadInterruptedChecks} (kept stable for the freemarker-online
 * service); no setting enables it. The check also stops the template if the rendering thread is
 * interrupted, which presskit never does.
 */
final class LoopChecks {

    private final Set<Template> done = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Adds the checks to {@code template} once. Templates are shared by the rendering threads: the
     * lock makes every thread see the checks added before it runs any of the template's elements.
     */
    void addTo(Template template) {
        synchronized (done) {
            if (done.add(template)) {
                _CoreAPI.addThreadInterruptedChecks(template);
            }
        }
    }
}
