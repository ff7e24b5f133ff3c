package presskit.export;

import presskit.kit.OutputKind;
import presskit.kit.Kit;
import presskit.kit.Output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import presskit.render.pdf.PdfRenderer;

/**
 * Makes {@code release.pdf} beside every {@code release.html} of a kit (national and regional), rendered in
 * parallel because each PDF is independent and the renderer is the slowest step of a build.
 */
public final class ReleasePdfs {

    /** One output per HTML release, listed in the manifest as kind release, channel release, with its bytes. */
    public Map<Output, byte[]> of(Kit kit, String organisation) {
        List<Output> releases = kit.outputs().stream()
                .filter(o -> o.kind() == OutputKind.RELEASE && o.path().endsWith("/release.html"))
                .toList();
        StringBuilder texts = new StringBuilder(organisation);
        releases.forEach(o -> texts.append(o.text()));
        PdfRenderer renderer = new PdfRenderer(texts.toString());
        List<byte[]> pdfs = releases.parallelStream().map(o -> renderer.render(o.text(), organisation)).toList();
        Map<Output, byte[]> result = new LinkedHashMap<>();
        for (int i = 0; i < releases.size(); i++) {
            result.put(pdfOf(releases.get(i)), pdfs.get(i));
        }
        return result;
    }

    private static Output pdfOf(Output html) {
        String id = html.id().replaceFirst("-html$", "-pdf");
        String path = html.path().replaceFirst("\\.html$", ".pdf");
        // A PDF has no text in the kit: its content is the bytes written beside it; length counts nothing.
        return new Output(id, OutputKind.RELEASE, html.channel(), html.variant(), path, "", 0, 0, List.of(), List.of(),
                html.example());
    }
}
