package presskit.kit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import presskit.variant.Variant;

class OutputTest {

    private static final OutputId KEY_1 = OutputId.post(Variant.national(), "x", "key", "1");
    private static final OutputId RELEASE_HTML =
            OutputId.document(Variant.national(), "release", "html");

    @Test
    void aPostIsOnePartAndFitsAsItsNetworkDecided() {
        Post post =
                new Post(KEY_1, "national/x/key-1.txt", "Text", 4, 280, false, List.of(), false);

        assertThat(post.kind()).isEqualTo(OutputKind.POST);
        assertThat(post.network()).isEqualTo("x");
        assertThat(post.texts()).containsExactly("Text");
        // Stored, not derived: 4 is within 280, yet the network refused it.
        assertThat(post.fits()).isFalse();
    }

    @Test
    void aThreadFitsOnlyIfEveryPartDoes() {
        PostThread fitting = thread(true, true);
        PostThread oneRefused = thread(true, false);

        assertThat(fitting.fits()).isTrue();
        assertThat(oneRefused.fits()).isFalse();
        assertThat(oneRefused.kind()).isEqualTo(OutputKind.THREAD);
        assertThat(oneRefused.texts()).containsExactly("Ett 1/2", "Två 2/2");
        assertThat(oneRefused.text()).isEqualTo("Ett 1/2\n\nTvå 2/2");
    }

    @Test
    void aThreadIsWrittenWholeAndAsOneFilePerPart() {
        var files = thread(true, true).files();

        assertThat(files.keySet())
                .containsExactly(
                        "national/x/key-1.txt", "national/x/key-1-1.txt", "national/x/key-1-2.txt");
        assertThat(new String(files.get("national/x/key-1.txt"), UTF_8))
                .isEqualTo("Ett 1/2\n\nTvå 2/2\n");
        assertThat(new String(files.get("national/x/key-1-2.txt"), UTF_8)).isEqualTo("Två 2/2\n");
    }

    @Test
    void aThreadListsItsPathsInTheOrderOfItsFiles() {
        PostThread thread = thread(true, true);

        assertThat(thread.paths()).containsExactlyElementsOf(thread.files().keySet());
    }

    @Test
    void aThreadHasAtLeastTwoParts() {
        var part = new PostThread.Part("national/x/key-1-1.txt", "Ett", 3, true);

        assertThatThrownBy(
                        () ->
                                new PostThread(
                                        KEY_1,
                                        "national/x/key-1.txt",
                                        List.of(part),
                                        3,
                                        280,
                                        List.of(),
                                        false,
                                        3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'parts' must be two or more, was 1");
    }

    @Test
    void aDocumentCountsItsCharactersAndItsFileEndsWithANewline() {
        Document release =
                new Document(
                        RELEASE_HTML,
                        OutputKind.RELEASE,
                        "national/release.html",
                        "<p>Ö</p>",
                        false);

        assertThat(release.length()).isEqualTo(8);
        assertThat(release.files()).containsOnlyKeys("national/release.html");
        assertThat(new String(release.files().get("national/release.html"), UTF_8))
                .isEqualTo("<p>Ö</p>\n");
    }

    @Test
    void aBinaryFileCarriesItsBytesAndKeepsItsOwnCopy() {
        byte[] pdf = {'%', 'P', 'D', 'F'};
        BinaryFile file =
                new BinaryFile(
                        RELEASE_HTML.inFormat("pdf"),
                        OutputKind.RELEASE,
                        "national/release.pdf",
                        pdf,
                        false);
        pdf[0] = 'x';
        file.bytes()[1] = 'x';

        assertThat(file.files().get("national/release.pdf")).containsExactly('%', 'P', 'D', 'F');
    }

    @Test
    void aPostNeedsAPostsIdAndADocumentADocumentsKind() {
        assertThatThrownBy(
                        () -> new Post(RELEASE_HTML, "p.txt", "T", 1, 280, true, List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'id' must name a post, was national/release-html");
        assertThatThrownBy(() -> new Document(RELEASE_HTML, OutputKind.POST, "p.html", "T", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'kind' must be a document's, was post");
    }

    @Test
    void theKitListsPostsAndTextsByType() {
        Document release =
                new Document(
                        RELEASE_HTML, OutputKind.RELEASE, "national/release.html", "<p/>", false);
        BinaryFile pdf =
                new BinaryFile(
                        RELEASE_HTML.inFormat("pdf"),
                        OutputKind.RELEASE,
                        "national/release.pdf",
                        new byte[] {1},
                        false);
        PostThread thread = thread(true, true);
        Kit kit = new Kit(2023, null, List.of(pdf, thread, release), List.of());

        assertThat(kit.posts()).containsExactly(thread);
        assertThat(kit.texts()).containsExactly(release, thread);
        assertThat(kit.outputs())
                .extracting(o -> o.id().toString())
                .containsExactly(
                        "national/release-html", "national/release-pdf", "national/x/key-1");
    }

    private static PostThread thread(boolean firstFits, boolean secondFits) {
        return new PostThread(
                KEY_1,
                "national/x/key-1.txt",
                List.of(
                        new PostThread.Part("national/x/key-1-1.txt", "Ett 1/2", 7, firstFits),
                        new PostThread.Part("national/x/key-1-2.txt", "Två 2/2", 7, secondFits)),
                16,
                280,
                List.of(),
                false,
                12);
    }
}
