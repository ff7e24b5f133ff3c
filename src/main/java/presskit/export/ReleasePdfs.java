package presskit.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * started as soon as the releases exist, so the rest of the build goes on meanwhile. A PDF that an
 * earlier build made from the same inputs is taken from it instead ({@link Earlier}); when every
 * PDF is, the renderer is never made (nor its library loaded).
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

    /**
     * The PDFs of an earlier build, found by the key of everything a PDF is rendered from (see
     * {@link #of(Kit, Campaign)}).
     */
    @FunctionalInterface
    public interface Earlier {

        /** Nothing earlier: every PDF is rendered. */
        Earlier NONE = (paths, key) -> Optional.empty();

        /**
         * The bytes of a PDF an earlier build made from inputs with {@code key} at one of {@code
         * paths} (below the year's folder; the releases with the same HTML), if it still holds them
         * unchanged; told every PDF's paths and key, whether it is found or not.
         */
        Optional<byte[]> pdf(List<String> paths, String key);
    }

    private final Supplier<Printer> printer;

    /**
     * The key of what every PDF is made from besides its HTML, worked out on the renderers' threads
     * when first asked for; or null: nothing is taken.
     */
    private final Supplier<String> inputs;

    private final Earlier earlier;

    private ReleasePdfs(Supplier<Printer> printer, Supplier<String> inputs, Earlier earlier) {
        this.printer = printer;
        this.inputs = inputs;
        this.earlier = earlier;
    }

    /**
     * PDFs printed by {@code printer}, which is made once, on the renderers' threads, before the
     * first PDF.
     */
    public static ReleasePdfs printedBy(Supplier<Printer> printer) {
        return new ReleasePdfs(printer, null, Earlier.NONE);
    }

    /**
     * PDFs as presskit prints them: with the organisation's logo, if it has one, its name in the
     * header, and the names of the campaign's people kept on one line; the embedded fonts cover the
     * characters of every release of {@code kit}. What a PDF is made from, and so its key for
     * {@link #reusing}, is that and its HTML: the organisation's name, the logo's bytes, the names
     * kept whole and the characters the fonts are cut to.
     */
    public static ReleasePdfs of(Kit kit, Campaign campaign) {
        return new ReleasePdfs(
                () -> printer(kit, campaign),
                new Once<>(() -> inputs(kit, campaign)),
                Earlier.NONE);
    }

    /** The key of what every PDF of {@code kit} is made from besides its HTML. */
    private static String inputs(Kit kit, Campaign campaign) {
        Logo logo = campaign.organisation().logo();
        List<String> names = List.copyOf(names(campaign));
        return key(
                key(campaign.organisation().name()),
                logo == null ? "no logo" : key(logo.bytes()),
                key(names.toArray(String[]::new)),
                characters(texts(kit, campaign) + String.join("", names)));
    }

    /** The same PDFs, taken from {@code earlier} where it has them made from the same inputs. */
    public ReleasePdfs reusing(Earlier earlier) {
        return new ReleasePdfs(printer, inputs, earlier);
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
        Supplier<Printer> once = new Once<>(printer);
        Map<String, List<String>> pathsByHtml = new LinkedHashMap<>();
        for (Document release : releases) {
            pathsByHtml
                    .computeIfAbsent(release.fileText(), html -> new ArrayList<>())
                    .add(pdfPath(release.path()));
        }
        Map<String, CompletableFuture<byte[]>> byHtml = new LinkedHashMap<>();
        pathsByHtml.forEach(
                (html, paths) ->
                        byHtml.put(
                                html,
                                CompletableFuture.supplyAsync(
                                        () ->
                                                taken(html, paths)
                                                        .orElseGet(() -> once.get().print(html)),
                                        executor)));
        return new Pending(releases, byHtml, executor);
    }

    /** The earlier build's PDF of {@code html}, if it has one made from the same inputs. */
    private Optional<byte[]> taken(String html, List<String> paths) {
        if (inputs == null || earlier == Earlier.NONE) {
            return Optional.empty();
        }
        return earlier.pdf(paths, key(inputs.get(), key(html)));
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
        Logo logo = campaign.organisation().logo();
        PdfRenderer renderer =
                new PdfRenderer(
                        texts(kit, campaign),
                        List.copyOf(names(campaign)),
                        logo == null ? null : logo.bytes());
        return html -> renderer.render(html, organisation);
    }

    /** The texts the fonts must cover: the organisation's name and every distinct release. */
    private static String texts(Kit kit, Campaign campaign) {
        StringBuilder texts = new StringBuilder(campaign.organisation().name());
        releases(kit).stream().map(Document::fileText).distinct().forEach(texts::append);
        return texts.toString();
    }

    /** The key of the distinct characters of {@code text}: all a font cut to it depends on. */
    private static String characters(String text) {
        BitSet characters = new BitSet();
        text.codePoints().forEach(characters::set);
        return key(characters.toByteArray());
    }

    /** SHA-256 of the texts, each after its length, so that no two lists give the same bytes. */
    private static String key(String... texts) {
        byte[][] parts = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            parts[i] = texts[i].getBytes(StandardCharsets.UTF_8);
        }
        return key(parts);
    }

    private static String key(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update((part.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A value made on first use, once, whichever thread asks first. */
    private static final class Once<T> implements Supplier<T> {

        private final Supplier<T> make;
        private T made;

        Once(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public synchronized T get() {
            if (made == null) {
                made = make.get();
            }
            return made;
        }
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
