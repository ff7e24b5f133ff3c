package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import presskit.kit.BinaryFile;
import presskit.kit.Document;
import presskit.kit.Kit;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;
import presskit.variant.Variant;
import presskit.variant.VariantKind;

/**
 * A region without figures of its own has the national release's HTML, and so gets the national
 * PDF's bytes, rendered once; a region with its own HTML gets its own PDF. The PDFs come in the
 * kit's order, whichever rendering ends first.
 */
class ReleasePdfsTest {

    // Invented: a school-staff union's national release and two regions' editions of it.
    private static final String NATIONAL = "<html><body><h1>Lärarna i landet</h1></body></html>";
    private static final String OWN = "<html><body><h1>Lärarna på Gotland</h1></body></html>";

    private static final Variant GOTLAND =
            new Variant(
                    VariantKind.REGION, "09", "Gotlands län", "09-gotlands-lan", "i Gotlands län");
    private static final Variant SKANE =
            new Variant(VariantKind.REGION, "12", "Skåne län", "12-skane-lan", "i Skåne län");
    private static final Variant HALLAND =
            new Variant(
                    VariantKind.REGION, "13", "Hallands län", "13-hallands-lan", "i Hallands län");

    @Test
    void theSameHtmlIsRenderedOnceAndItsBytesReused() {
        Kit kit =
                kit(
                        release(Variant.national(), "national/release.html", NATIONAL),
                        release(SKANE, "regions/12-skane-lan/release.html", NATIONAL),
                        release(HALLAND, "regions/13-hallands-lan/release.html", NATIONAL),
                        release(GOTLAND, "regions/09-gotlands-lan/release.html", OWN));
        AtomicInteger printers = new AtomicInteger();
        ConcurrentLinkedQueue<String> printed = new ConcurrentLinkedQueue<>();

        List<BinaryFile> pdfs =
                ReleasePdfs.printedBy(
                                () -> {
                                    printers.incrementAndGet();
                                    return html -> {
                                        printed.add(html);
                                        return ("%PDF " + html).getBytes(StandardCharsets.UTF_8);
                                    };
                                })
                        .of(kit);

        assertThat(printers).hasValue(1);
        assertThat(printed).containsExactlyInAnyOrder(NATIONAL + "\n", OWN + "\n");
        assertThat(pdfs)
                .extracting(BinaryFile::path)
                .containsExactly(
                        "national/release.pdf",
                        "regions/09-gotlands-lan/release.pdf",
                        "regions/12-skane-lan/release.pdf",
                        "regions/13-hallands-lan/release.pdf");
        byte[] national = pdfs.get(0).bytes();
        assertThat(pdfs.get(2).bytes()).isEqualTo(national);
        assertThat(pdfs.get(3).bytes()).isEqualTo(national);
        assertThat(pdfs.get(1).bytes()).isNotEqualTo(national);
        assertThat(pdfs).allSatisfy(pdf -> assertThat(pdf.kind()).isEqualTo(OutputKind.RELEASE));
    }

    @Test
    void aRenderingsFailureIsThrownAsTheRendererThrewIt() {
        Kit kit = kit(release(Variant.national(), "national/release.html", NATIONAL));
        ReleasePdfs failing =
                ReleasePdfs.printedBy(
                        () ->
                                html -> {
                                    throw new IllegalStateException("no room on the page");
                                });

        assertThatThrownBy(() -> failing.of(kit))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("no room on the page");
    }

    @Test
    void aKitWithoutReleasesHasNoPdfs() {
        ReleasePdfs never =
                ReleasePdfs.printedBy(
                        () -> {
                            throw new AssertionError("nothing to print");
                        });

        assertThat(never.of(kit())).isEmpty();
    }

    private static Document release(Variant variant, String path, String html) {
        return new Document(
                OutputId.document(variant, "release", "html"),
                OutputKind.RELEASE,
                path,
                html,
                false);
    }

    private static Kit kit(Document... releases) {
        return new Kit(2023, null, List.of(releases), List.of());
    }
}
