package presskit.export;

import java.util.List;
import presskit.kit.BinaryFile;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.OutputKind;
import presskit.render.pdf.PdfRenderer;

/**
 * Makes {@code release.pdf} beside every {@code release.html} of a kit (national and regional),
 * rendered in parallel because each PDF is independent and the renderer is the slowest step of a
 * build.
 */
public final class ReleasePdfs {

    private static final String HTML = "html";
    private static final String PDF = "pdf";

    /**
     * One binary output per HTML release, made from {@code release.html} as written, listed in the
     * manifest as kind release, channel release.
     */
    public List<BinaryFile> of(Kit kit, String organisation) {
        List<Document> releases =
                kit.texts().stream()
                        .filter(o -> o instanceof Document && o.kind() == OutputKind.RELEASE)
                        .map(Document.class::cast)
                        .filter(d -> d.id().kind().equals(HTML))
                        .toList();
        StringBuilder texts = new StringBuilder(organisation);
        releases.forEach(d -> texts.append(d.fileText()));
        PdfRenderer renderer = new PdfRenderer(texts.toString());
        return releases.parallelStream()
                .map(
                        d ->
                                new BinaryFile(
                                        d.id().inFormat(PDF),
                                        OutputKind.RELEASE,
                                        pdfPath(d.path()),
                                        renderer.render(d.fileText(), organisation),
                                        d.example()))
                .toList();
    }

    /** The PDF goes beside the HTML it is made from, with the same name. */
    private static String pdfPath(String htmlPath) {
        return htmlPath.substring(0, htmlPath.length() - HTML.length()) + PDF;
    }
}
