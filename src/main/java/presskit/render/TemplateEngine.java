package presskit.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
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
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;

/**
 * The one configured FreeMarker engine. Templates come only from the user's {@code templates/}
 * folder and, behind it, the built-in set in the jar; {@code .ftlh} is HTML (auto-escaped), {@code
 * *.md.ftl} is Markdown, everything else plain text. Template errors become located diagnostics.
 */
public final class TemplateEngine {

    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    /** The shared libraries every template imports, as {@code sv} and {@code posts}. */
    private static final String SV = "lib/sv.ftl";

    private static final String POSTS = "lib/posts.ftl";

    private final Configuration config = new Configuration(VERSION);
    private final TemplateErrors errors;
    private final Map<String, Template> loaded = new ConcurrentHashMap<>();

    /** An engine reading {@code folder} first (when it exists), then the built-in templates. */
    public TemplateEngine(Path folder) {
        this.errors = new TemplateErrors(folder);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try {
                loaders.add(new FolderTemplateLoader(folder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(
                new ClassTemplateLoader(
                        TemplateEngine.class.getClassLoader(), "presskit/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setURLEscapingCharset("UTF-8");
        config.setLocale(SwedishFormat.SWEDISH);
        config.setTimeZone(TimeZone.getTimeZone(SwedishFormat.STOCKHOLM));
        config.setNumberFormat("computer");
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        config.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(
                        new FileNameGlobMatcher("*.md.ftl"), markdown));
        // Errors surface as diagnostics, not as half-rendered output or log noise.
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Sandbox: templates cannot instantiate classes or reach the Java API behind values; they
        // read the view records and call presskit's own methods, nothing else.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(VERSION);
        wrapper.setMemberAccessPolicy(ViewMemberAccess.INSTANCE);
        config.setObjectWrapper(wrapper.build());
        try {
            config.setSharedVariable("fmt", new SwedishFormat());
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException("cannot expose Swedish formatting to templates", e);
        }
        // One run renders thousands of outputs from the same templates: never re-check the files on
        // disk, and
        // import the shared libraries only into templates that use them.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setLazyAutoImports(true);
        config.addAutoImport("sv", SV);
        config.addAutoImport("posts", POSTS);
    }

    /**
     * Loads and parses every named template and the shared libraries up front, reporting all syntax
     * errors at once, each at its own file.
     */
    public void prepare(List<String> names) {
        // The libraries are imported lazily, on first use while rendering: parse them now, so
        // that a mistake in one is reported at its own line, once, not in every importing template.
        Set<String> all = new TreeSet<>(names);
        all.addAll(List.of(SV, POSTS));
        List<Diagnostic> problems = new ArrayList<>();
        IOException first = null;
        for (String name : all) {
            try {
                loaded.put(name, config.getTemplate(name));
            } catch (ParseException e) {
                problems.add(errors.syntax(e));
                first = first == null ? e : first;
            } catch (TemplateNotFoundException e) {
                problems.add(errors.notFound(name));
            } catch (IOException e) {
                problems.add(errors.unreadable(name, e));
                first = first == null ? e : first;
            }
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems, first);
        }
    }

    /**
     * Renders a prepared template with a view record, whose components the template reads as
     * properties; a template error becomes a diagnostic naming template, line and expression.
     */
    public String render(String name, Record model) {
        Template template =
                Optional.ofNullable(loaded.get(name))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "template '" + name + "' was not prepared"));
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw errors.rendering(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
