package presskit.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
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
import java.util.concurrent.atomic.AtomicReference;
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
    private final LoopChecks loopChecks = new LoopChecks();

    /** The first bound crossed while rendering, which ends every rendering after it. */
    private final AtomicReference<DiagnosticException> stopped = new AtomicReference<>();

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
     *
     * <p>The templates are parsed in parallel: the press-kit page's template alone is larger than
     * all the others together, and parsing is a good part of a build's rendering. The problems are
     * reported in the templates' name order whichever finished first.
     */
    public void prepare(List<String> names) {
        // The libraries are imported lazily, on first use while rendering: parse them now, so
        // that a mistake in one is reported at its own line, once, not in every importing template.
        Set<String> all = new TreeSet<>(names);
        all.addAll(List.of(SV, POSTS));
        List<Parsed> parsed = new ArrayList<>(all).parallelStream().map(this::parse).toList();
        List<Diagnostic> problems = new ArrayList<>();
        Throwable first = null;
        for (Parsed p : parsed) {
            if (p.problem() == null) {
                loaded.put(p.name(), p.template());
                continue;
            }
            problems.add(p.problem());
            first = first == null ? p.cause() : first;
        }
        if (!problems.isEmpty()) {
            throw new DiagnosticException(problems, first);
        }
    }

    /** A template read and parsed, or why it could not be, with the cause where there is one. */
    private record Parsed(String name, Template template, Diagnostic problem, Throwable cause) {}

    private Parsed parse(String name) {
        try {
            Template template = config.getTemplate(name);
            loopChecks.addTo(template);
            return new Parsed(name, template, null, null);
        } catch (ParseException e) {
            return new Parsed(name, null, errors.syntax(e), e);
        } catch (TemplateNotFoundException e) {
            return new Parsed(name, null, errors.notFound(name), null);
        } catch (IOException e) {
            return new Parsed(name, null, errors.unreadable(name, e), e);
        } catch (StackOverflowError e) {
            return new Parsed(name, null, errors.tooDeepToParse(name), e);
        }
    }

    /**
     * Renders a prepared template with a view record, whose components the template reads as
     * properties; a template error becomes a diagnostic naming template, line and expression.
     *
     * <p>Every rendering is bounded in time ({@link RenderGuard#DEADLINE}), depth ({@link
     * RenderGuard#MAX_DEPTH}) and size ({@link BoundedOutput#MAX_CHARS}). The first output that
     * crosses a bound, or runs out of memory, stops the build's rendering: every later call, and
     * every rendering under way, ends with that one diagnostic, so a runaway template costs its
     * bound once, not once per output.
     */
    public String render(String name, Record model) {
        Template template =
                Optional.ofNullable(loaded.get(name))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "template '" + name + "' was not prepared"));
        throwIfStopped();
        RenderGuard guard = new RenderGuard(loopChecks, () -> stopped.get() != null);
        BoundedOutput out = new BoundedOutput(guard);
        Throwable failure = null;
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            env.setTemplateProcessingTracer(guard);
            env.process();
        } catch (TemplateException e) {
            if (guard.crossed() == null && stopped.get() == null) {
                throw errors.rendering(e);
            }
        } catch (IOException e) {
            // BoundedOutput writes to memory: nothing here reads or writes a file.
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (guard.crossed() == null && stopped.get() == null) {
                throw e;
            }
        } catch (StackOverflowError e) {
            guard.cross(RenderGuard.TOO_DEEP);
            failure = e;
        } catch (OutOfMemoryError e) {
            guard.cross(
                    "rendering ran out of memory here: a value grown far too large, such as"
                            + " ?left_pad or ?right_pad with a huge width, or text doubled in a"
                            + " loop");
            failure = e;
        }
        if (guard.crossed() != null) {
            stopped.compareAndSet(null, errors.crossed(template, guard.crossed(), failure));
        }
        throwIfStopped();
        return out.toString();
    }

    private void throwIfStopped() {
        DiagnosticException first = stopped.get();
        if (first != null) {
            throw first;
        }
    }
}
