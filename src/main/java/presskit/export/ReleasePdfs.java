package presskit.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Makes {@code release.pdf} beside every {@code release.html} of a kit (national and regional),
 * rendered in parallel because each PDF is independent and the renderer is the slowest step of a
 * build.
 */
public final class ReleasePdfs {

    private static final String HTML = "html";
    private static final String PDF = "pdf";

    /**
     * One binary output per HTML release, made from {@code release.html} as written, listed in the
     * manifest as kind release, channel release; with the organisation's logo, if it has one, and
     * the names of the campaign's people kept on one line.
     */
    public List<BinaryFile> of(Kit kit, Campaign campaign) {
        String organisation = campaign.organisation().name();
        List<Document> releases =
                kit.texts().stream()
                        .filter(o -> o instanceof Document && o.kind() == OutputKind.RELEASE)
                        .map(Document.class::cast)
                        .filter(d -> d.id().kind().equals(HTML))
                        .toList();
        StringBuilder texts = new StringBuilder(organisation);
        releases.forEach(d -> texts.append(d.fileText()));
        Logo logo = campaign.organisation().logo();
        PdfRenderer renderer =
                new PdfRenderer(
                        texts.toString(),
                        List.copyOf(names(campaign)),
                        logo == null ? null : logo.bytes());
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
}
