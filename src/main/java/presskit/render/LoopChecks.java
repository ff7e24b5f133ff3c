package presskit.render;

import freemarker.core._CoreAPI;
import freemarker.template.Template;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Templates with their checks; a template is the same template only as the same object. */
    private final Map<Template, Boolean> done = new ConcurrentHashMap<>();

    /**
     * Adds the checks to {@code template} once. Templates are shared by the rendering threads: a
     * template is marked done only after its checks are in, and the map's reads see what happened
     * before its writes, so no thread runs a template's elements while they are being changed.
     */
    void addTo(Template template) {
        if (done.containsKey(template)) {
            return;
        }
        synchronized (this) {
            if (!done.containsKey(template)) {
                _CoreAPI.addThreadInterruptedChecks(template);
                done.put(template, Boolean.TRUE);
            }
        }
    }
}
