package presskit.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * Markdown as a FreeMarker output format: interpolated text is escaped so that a value's {@code *},
 * {@code _} or {@code [} never turns into formatting, while the template's own Markdown stays as
 * written.
 */
public final class MarkdownOutputFormat
        extends CommonMarkupOutputFormat<MarkdownOutputFormat.Model> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {}

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        StringBuilder out = new StringBuilder(plainTextContent.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < plainTextContent.length(); i++) {
            char c = plainTextContent.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0
                    || lineStart && (c == '#' || c == '>' || c == '-' || c == '+')) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** A piece of Markdown held by FreeMarker. */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {

        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
