package presskit.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.source.SourceFiles;

/**
 * The one configured FreeMarker engine. Templates come only from the user's {@code templates/} folder and,
 * behind it, the built-in set in the jar; {@code .ftlh} is HTML (auto-escaped), {@code *.md.ftl} is Markdown,
 * everything else plain text. Template errors become located diagnostics.
 */
public final class TemplateEngine {

    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration config = new Configuration(VERSION);
    private final Path folder;
    private final Map<String, Template> loaded = new ConcurrentHashMap<>();

    /** An engine reading {@code folder} first (when it exists), then the built-in templates. */
    public TemplateEngine(Path folder) {
        this.folder = folder;
        List<TemplateLoader> loaders = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try {
                loaders.add(new FileTemplateLoader(folder.toFile(), false));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "presskit/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setURLEscapingCharset("UTF-8");
        config.setLocale(SwedishFormat.SWEDISH);
        config.setTimeZone(java.util.TimeZone.getTimeZone(SwedishFormat.STOCKHOLM));
        config.setNumberFormat("computer");
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        config.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown));
        // Errors surface as diagnostics, not as half-rendered output or log noise.
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Sandbox: templates cannot instantiate classes or reach the Java API behind values.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
        try {
            config.setSharedVariable("fmt", new SwedishFormat());
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("cannot expose Swedish formatting to templates", e);
        }
        // One run renders thousands of outputs from the same templates: never re-check the files on disk, and
        // import the shared libraries only into templates that use them.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setLazyAutoImports(true);
        config.addAutoImport("sv", "lib/sv.ftl");
        config.addAutoImport("posts", "lib/posts.ftl");
    }

    /** Whether a template of that name exists, in the folder or built in. */
    public boolean exists(String name) {
        try {
            return config.getTemplate(name, null, null, null, true, true) != null;
        } catch (IOException e) {
            return true; // it exists but does not parse: prepare() reports it
        }
    }

    /** Loads and parses every named template up front, reporting all syntax errors at once. */
    public void prepare(List<String> names) {
        List<Diagnostic> problems = new ArrayList<>();
        for (String name : names) {
            try {
                loaded.put(name, config.getTemplate(name));
            } catch (ParseException e) {
                problems.add(Diagnostic.error(shown(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(), "",
                        firstLine(e.getEditorMessage())));
            } catch (TemplateNotFoundException e) {
                problems.add(Diagnostic.error(shown(name), 0, 0, "", "template not found"));
            } catch (IOException e) {
                problems.add(Diagnostic.error(shown(name), 0, 0, "", "cannot read template: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems);
        }
    }

    /** Renders a prepared template; a template error becomes a diagnostic naming template, line and expression. */
    public String render(String name, Map<String, Object> model) {
        Template template = Optional.ofNullable(loaded.get(name))
                .orElseThrow(() -> new IllegalStateException("template '" + name + "' was not prepared"));
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            String expression = e.getBlamedExpressionString();
            throw new DiagnosticException(Diagnostic.error(shown(e.getTemplateSourceName()),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
                    expression == null ? "" : expression, firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String shown(String templateName) {
        if (templateName == null) {
            return "templates";
        }
        Path file = folder == null ? null : folder.resolve(templateName);
        return file != null && Files.isRegularFile(file) ? SourceFiles.display(file)
                : "templates/" + templateName + " (built in)";
    }

    private static String firstLine(String message) {
        String m = message == null ? "template error" : message.strip();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
