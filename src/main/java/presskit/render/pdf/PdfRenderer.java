package presskit.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a press release's HTML into a tagged (PDF/UA) A4 PDF with selectable text, DejaVu Sans
 * embedded (so å, ä and ö render on a machine without fonts), the document's language and title
 * taken from the HTML, the logo in the release's letterhead (its element of class {@code sender}),
 * a page header naming the organisation from page two on and repeating the release's embargo line
 * (its element of class {@code embargo}) on every page, and "1 (2)" page numbers in the footer. The
 * same HTML always gives the same bytes.
 *
 * <p>The only class that sees openhtmltopdf and PDFBox. It is thread-safe: each call builds its own
 * renderer.
 */
public final class PdfRenderer {

    private static final String FAMILY = "DejaVu Sans";

    /** The address the letterhead's logo is given; nothing else is ever fetched. */
    private static final String LOGO_SCHEME = "presskit-logo";

    private static final String LOGO_ADDRESS = LOGO_SCHEME + ":organisation";

    private final byte[] regular;
    private final byte[] bold;
    private final List<String> phrases;
    private final byte[] logo;

    static {
        // openhtmltopdf logs every layout step through java.util.logging; presskit reports problems
        // itself.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * A renderer whose embedded fonts cover the characters of {@code texts} (every HTML it will
     * render, and the organisation's name) besides Latin-1; a character outside them would print as
     * a blank. {@code phrases} (people's names) never break across lines; {@code logo}, or null,
     * heads the first page.
     */
    public PdfRenderer(String texts, List<String> phrases, byte[] logo) {
        var coverage = FontSubset.coverage(texts + String.join("", phrases));
        this.regular = FontSubset.of("DejaVuSans.ttf", coverage);
        this.bold = FontSubset.of("DejaVuSans-Bold.ttf", coverage);
        this.phrases = List.copyOf(phrases);
        this.logo = logo == null ? null : logo.clone();
    }

    /** A renderer for {@code texts} with no phrases to keep together and no logo. */
    public PdfRenderer(String texts) {
        this(texts, List.of(), null);
    }

    /** The PDF of {@code html}, with {@code organisation} in the header. */
    public byte[] render(String html, String organisation) {
        Document page = Jsoup.parse(html);
        Element embargo = page.selectFirst(".embargo");
        page.head()
                .appendElement("style")
                .appendText(pageCss(organisation, embargo == null ? "" : embargo.text()));
        PrintText.apply(page, phrases);
        Element sender = page.selectFirst(".sender");
        if (logo != null && sender != null) {
            sender.prependElement("img").attr("src", LOGO_ADDRESS).attr("alt", organisation);
        }
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder =
                    new PdfRendererBuilder()
                            .usePDDocument(pdf)
                            .withW3cDocument(new W3CDom().fromJsoup(page), null)
                            // Nothing is fetched but the logo, from memory: a release is
                            // self-contained, and a build makes no network requests.
                            .useUriResolver((base, uri) -> LOGO_ADDRESS.equals(uri) ? uri : null)
                            .useProtocolsStreamImplementation(this::logoStream, LOGO_SCHEME)
                            // Tags for screen readers, the document's language and its title shown.
                            .usePdfUaAccessibility(true)
                            .withProducer("presskit");
            builder.useFont(
                    () -> new ByteArrayInputStream(regular), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(
                    () -> new ByteArrayInputStream(bold), FAMILY, 700, FontStyle.NORMAL, true);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            fixIdentity(pdf, html, page.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the release as PDF", e);
        }
    }

    private FSStream logoStream(String uri) {
        byte[] bytes = logo == null ? new byte[0] : logo;
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    /**
     * A4 with room for the header and footer; the organisation in the header from page two on (the
     * first has the letterhead), "1 (2)" at the foot of every page; every text in DejaVu Sans, the
     * embedded font.
     */
    static String pageCss(String organisation, String embargo) {
        return "@page { size: A4; margin: 22mm 20mm 20mm 20mm;"
                + " @top-left { content: "
                + cssString(organisation)
                + "; font: 9pt '"
                + FAMILY
                + "'; color: #333; }"
                + " @top-right { content: "
                + cssString(embargo)
                + "; font: bold 9pt '"
                + FAMILY
                + "'; color: #8a1c1c; }"
                + " @bottom-right { content: counter(page) \" (\" counter(pages) \")\"; font: 9pt '"
                + FAMILY
                + "'; color: #333; } }"
                + " @page :first { @top-left { content: none; } }"
                + " ."
                + PrintText.NO_BREAK
                + " { white-space: nowrap; }"
                + " h1 ."
                + PrintText.TITLE
                + " { display: block; }"
                + " ."
                + PrintText.ADDRESS
                + " { word-wrap: break-word; }"
                + " html, body, h1, h2, p, li, blockquote, a { font-family: '"
                + FAMILY
                + "'; }"
                + " body { max-width: none; margin: 0; }";
    }

    private static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints()
                .forEach(
                        c -> {
                            if (c == '"' || c == '\\' || c < 0x20) {
                                out.append('\\').append(Integer.toHexString(c)).append(' ');
                            } else {
                                out.appendCodePoint(c);
                            }
                        });
        return out.append('"').toString();
    }

    /**
     * No clock in the file: no dates, and a document id derived from the content, so builds are
     * reproducible.
     */
    private static void fixIdentity(PDDocument pdf, String html, String title) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer("presskit");
        pdf.setDocumentInformation(info);
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
