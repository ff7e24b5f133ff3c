package presskit.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.render.FolderTemplateLoader.OutsideFolderException;
import presskit.source.SourceFiles;

/**
 * FreeMarker's failures as diagnostics at the template file the user knows: the file in the
 * templates folder, or the built-in template of that name.
 */
final class TemplateErrors {

    private final Path folder;

    /** Errors in templates read from {@code folder} (may be null) or built in. */
    TemplateErrors(Path folder) {
        this.folder = folder;
    }

    Diagnostic syntax(ParseException e) {
        return Diagnostic.error(
                shown(e.getTemplateName()),
                e.getLineNumber(),
                e.getColumnNumber(),
                "",
                TemplateMessages.syntax(e.getEditorMessage()));
    }

    Diagnostic notFound(String name) {
        return Diagnostic.error(shown(name), 0, 0, "", "template not found");
    }

    Diagnostic unreadable(String name, IOException e) {
        OutsideFolderException outside = outside(e);
        return Diagnostic.error(
                shown(name),
                0,
                0,
                "",
                outside == null ? "cannot read template: " + e.getMessage() : leadsOut(outside));
    }

    /** FreeMarker's parser descends once per level of nesting, on the Java stack. */
    Diagnostic tooDeepToParse(String name) {
        return Diagnostic.error(
                shown(name),
                0,
                0,
                "",
                "is nested too deeply to read: brackets, directives or interpolations thousands of"
                        + " levels inside each other");
    }

    /** A template error while rendering, with the template expression that failed. */
    DiagnosticException rendering(TemplateException e) {
        TemplateException origin = origin(e);
        String expression = origin.getBlamedExpressionString();
        OutsideFolderException outside = outside(e);
        String message =
                outside == null
                        ? TemplateMessages.rendering(origin)
                        : "cannot include " + outside.name() + ": " + leadsOut(outside);
        return new DiagnosticException(
                Diagnostic.error(
                        shown(origin.getTemplateSourceName()),
                        origin.getLineNumber() == null ? 0 : origin.getLineNumber(),
                        origin.getColumnNumber() == null ? 0 : origin.getColumnNumber(),
                        expression == null ? "" : expression,
                        message),
                e);
    }

    /** A bound crossed while rendering {@code rendered}, at the element the guard names. */
    DiagnosticException crossed(Template rendered, RenderGuard.Crossed crossed, Throwable cause) {
        var at = crossed.element();
        Diagnostic diagnostic =
                at == null
                        ? Diagnostic.error(
                                shown(rendered.getSourceName()), 0, 0, "", crossed.message())
                        : Diagnostic.error(
                                shown(at.getTemplate().getSourceName()),
                                at.getBeginLine(),
                                at.getBeginColumn(),
                                "",
                                crossed.message());
        return new DiagnosticException(diagnostic, cause);
    }

    /**
     * The error where the user made it: a failure while importing a library ("Lazy initialization …
     * see cause exception") is blamed on the importing template, while its cause names the line.
     */
    private static TemplateException origin(TemplateException e) {
        TemplateException origin = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException inner) {
                origin = inner;
            }
        }
        return origin;
    }

    private static String leadsOut(OutsideFolderException e) {
        return "the file is a link to "
                + e.target()
                + ", outside the templates folder; presskit reads templates only from inside"
                + " it: copy the file into the folder instead of linking to it";
    }

    /**
     * FreeMarker reports a template it failed to load before as a new exception, caused by ours.
     */
    private static OutsideFolderException outside(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutsideFolderException outside) {
                return outside;
            }
        }
        return null;
    }

    private String shown(String templateName) {
        if (templateName == null) {
            return "templates";
        }
        Path file = folder == null ? null : folder.resolve(templateName);
        return file != null && Files.isRegularFile(file)
                ? SourceFiles.display(file)
                : "templates/" + templateName + " (built in)";
    }
}
