package presskit.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import presskit.kit.BinaryFile;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.OutputKind;
import presskit.model.Campaign;
import presskit.model.Contact;
import presskit.model.Logo;
import presskit.model.Quote;
import presskit.render.pdf.PdfRenderer;

/**
 * Makes {@code release.pdf} beside every {@code release.html} of a kit (national and regional).
 * Each distinct HTML is rendered once: a region without figures of its own has the national
 * release's HTML, so its PDF is the same bytes. The renderings run on a few threads of their own,
 * started as soon as the releases exist, so the rest of the build goes on meanwhile.
 */
public final class ReleasePdfs {

    private static final String HTML = "html";
    private static final String PDF = "pdf";

    /**
     * At most this many PDFs render at once: the renderer is the heaviest step, and the rest of the
     * build needs a core too.
     */
    private static final int THREADS =
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** Turns one release's HTML into PDF bytes; the same HTML always gives the same bytes. */
    @FunctionalInterface
    public interface Printer {

        /** The PDF of {@code html}. */
        byte[] print(String html);
    }

    private final Supplier<Printer> printer;

    private ReleasePdfs(Supplier<Printer> printer) {
        this.printer = printer;
    }

    /**
     * PDFs printed by {@code printer}, which is made once, on the renderers' threads, before the
     * first PDF.
     */
    public static ReleasePdfs printedBy(Supplier<Printer> printer) {
        return new ReleasePdfs(printer);
    }

    /**
     * PDFs as presskit prints them: with the organisation's logo, if it has one, its name in the
     * header, and the names of the campaign's people kept on one line; the embedded fonts cover the
     * characters of every release of {@code kit}.
     */
    public static ReleasePdfs of(Kit kit, Campaign campaign) {
        return new ReleasePdfs(() -> printer(kit, campaign));
    }

    /**
     * The PDFs, rendering: one binary output per HTML release, made from {@code release.html} as
     * written, listed in the manifest as kind release, channel release. {@link Pending#join()}
     * gives them.
     */
    public Pending start(Kit kit) {
        List<Document> releases = releases(kit);
        if (releases.isEmpty()) {
            return new Pending(releases, Map.of(), null);
        }
        ThreadPoolExecutor executor =
                new ThreadPoolExecutor(
                        THREADS,
                        THREADS,
                        1,
                        TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(),
                        task -> {
                            Thread thread =
                                    new Thread(
                                            task,
                                            "presskit-pdf-" + THREAD_NUMBER.incrementAndGet());
                            // A build that fails elsewhere does not wait for its PDFs to exit.
                            thread.setDaemon(true);
                            return thread;
                        });
        // Idle threads end by themselves, so a build that never joins leaves none behind.
        executor.allowCoreThreadTimeOut(true);
        CompletableFuture<Printer> made = CompletableFuture.supplyAsync(printer, executor);
        Map<String, CompletableFuture<byte[]>> byHtml = new LinkedHashMap<>();
        for (Document release : releases) {
            byHtml.computeIfAbsent(
                    release.fileText(), html -> made.thenApplyAsync(p -> p.print(html), executor));
        }
        return new Pending(releases, byHtml, executor);
    }

    /** The PDFs, rendered before this returns. */
    public List<BinaryFile> of(Kit kit) {
        return start(kit).join();
    }

    /** The releases of {@code kit} in HTML, in the kit's order. */
    private static List<Document> releases(Kit kit) {
        return kit.texts().stream()
                .filter(o -> o instanceof Document && o.kind() == OutputKind.RELEASE)
                .map(Document.class::cast)
                .filter(d -> d.id().kind().equals(HTML))
                .toList();
    }

    private static Printer printer(Kit kit, Campaign campaign) {
        String organisation = campaign.organisation().name();
        StringBuilder texts = new StringBuilder(organisation);
        releases(kit).stream().map(Document::fileText).distinct().forEach(texts::append);
        Logo logo = campaign.organisation().logo();
        PdfRenderer renderer =
                new PdfRenderer(
                        texts.toString(),
                        List.copyOf(names(campaign)),
                        logo == null ? null : logo.bytes());
        return html -> renderer.render(html, organisation);
    }

    /** The people a release may name: contacts and the speakers of quotes. */
    private static Set<String> names(Campaign campaign) {
        Set<String> names = new LinkedHashSet<>();
        campaign.contacts().stream().map(Contact::name).forEach(names::add);
        campaign.organisation().contacts().stream().map(Contact::name).forEach(names::add);
        campaign.year().quotes().stream().map(Quote::speaker).forEach(names::add);
        return names;
    }

    /** The PDF goes beside the HTML it is made from, with the same name. */
    private static String pdfPath(String htmlPath) {
        return htmlPath.substring(0, htmlPath.length() - HTML.length()) + PDF;
    }

    /** PDFs being rendered; {@link #join()} waits for them. */
    public static final class Pending {

        private final List<Document> releases;
        private final Map<String, CompletableFuture<byte[]>> byHtml;
        private final ExecutorService executor;

        private Pending(
                List<Document> releases,
                Map<String, CompletableFuture<byte[]>> byHtml,
                ExecutorService executor) {
            this.releases = releases;
            this.byHtml = byHtml;
            this.executor = executor;
        }

        /**
         * The PDFs in the releases' order, whichever finished first; a rendering's failure is
         * thrown here as the renderer threw it.
         */
        public List<BinaryFile> join() {
            try {
                List<BinaryFile> pdfs = new ArrayList<>();
                for (Document release : releases) {
                    pdfs.add(
                            new BinaryFile(
                                    release.id().inFormat(PDF),
                                    OutputKind.RELEASE,
                                    pdfPath(release.path()),
                                    bytes(byHtml.get(release.fileText())),
                                    release.example()));
                }
                return pdfs;
            } finally {
                cancel();
            }
        }

        /** Stops the renderings not yet begun: the build will not use them. */
        public void cancel() {
            if (executor != null) {
                executor.shutdownNow();
            }
        }

        private static byte[] bytes(CompletableFuture<byte[]> pdf) {
            try {
                return pdf.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
