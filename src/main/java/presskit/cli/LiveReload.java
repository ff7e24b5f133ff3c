package presskit.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code presskit serve} adds to every HTML page it serves: a script that reloads the page
 * when a new kit is ready, and, while the campaign cannot be built, a panel at the top with the
 * problems as the command line words them.
 */
final class LiveReload {

    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final String BODY_END = "</body>";

    private LiveReload() {}

    /** The page with the panel of {@code problems} (none: no panel) and the reload script. */
    static byte[] inject(byte[] html, List<String> problems, long generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(page.length() + 1024);
        Matcher body = BODY.matcher(page);
        int panelAt = body.find() ? body.end() : 0;
        int scriptAt = page.lastIndexOf(BODY_END);
        if (scriptAt < panelAt) {
            scriptAt = page.length();
        }
        out.append(page, 0, panelAt)
                .append(panel(problems))
                .append(page, panelAt, scriptAt)
                .append(script(generation))
                .append(page, scriptAt, page.length());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A page saying the kit has no such file; it reloads with the kit, which may then have it. */
    static byte[] notFound(String path, long generation) {
        return page(
                "presskit serve: not in the kit",
                "<p>The kit has no file <code>" + escape(path) + "</code>.</p>",
                generation);
    }

    private static byte[] page(String title, String content, long generation) {
        String html =
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                        + escape(title)
                        + "</title></head><body>"
                        + content
                        + script(generation)
                        + "</body></html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String panel(List<String> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder panel =
                new StringBuilder(
                        "<div id=\"presskit-serve-problems\" role=\"alert\" style=\"margin:0;"
                                + "padding:1em;background:#fff3f3;color:#5c0000;border-bottom:"
                                + "3px solid #b00020;font:15px/1.4 system-ui,sans-serif\">"
                                + "<p style=\"margin:0 0 .5em\"><strong>The kit cannot be built."
                                + "</strong> "
                                + "Below is the last kit that could. Fix this and save: the page reloads by itself.</p>"
                                + "<pre style=\"margin:0;white-space:pre-wrap;"
                                + "font:14px/1.4 monospace\">");
        for (String problem : problems) {
            panel.append(escape(problem)).append('\n');
        }
        return panel.append("</pre></div>").toString();
    }

    /** Reloads when the kit's number differs from the one this page was served with. */
    private static String script(long generation) {
        return "<script>(function(){var e=new EventSource(\""
                + KitServer.EVENTS
                + "\");e.onmessage=function(m){if(m.data!==\""
                + generation
                + "\"){e.close();location.reload();}};})();</script>";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
