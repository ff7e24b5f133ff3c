package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's logo ({@code logo:} in {@code organisation.yaml}) heads the first page of the
 * release PDF; a logo that is missing or no image stops the build at its line. The logo is {@code
 * src/test/resources/logo/exempel-logo.png}, an invented mark (a teal square and stripe) of the
 * invented fixture organisation.
 */
class LogoTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");
    private static final Path LOGO = Path.of("src/test/resources/logo/exempel-logo.png");

    @TempDir Path tmp;

    @Test
    void theLogoPrintsAboveTheSenderLineOfTheFirstPage() throws IOException {
        Path messages = campaign("logo/exempel-logo.png");
        Files.createDirectories(messages.resolve("logo"));
        Files.copy(LOGO, messages.resolve("logo/exempel-logo.png"));

        Cli.Run run = Cli.run("build", "--messages", messages.toString(), "--out", out());

        assertThat(run.status()).as(run.all()).isZero();
        try (PDDocument pdf =
                Loader.loadPDF(tmp.resolve("out/2023/national/release.pdf").toFile())) {
            List<PDImageXObject> images = images(pdf.getPage(0).getResources());
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(120);
            assertThat(images.get(0).getHeight()).isEqualTo(40);
            assertThat(images(pdf.getPage(pdf.getNumberOfPages() - 1).getResources()))
                    .as("the logo is on the first page only")
                    .hasSize(pdf.getNumberOfPages() == 1 ? 1 : 0);
            assertThat(firstPage(pdf)).startsWith("Exempelförbundet\nPressmeddelande · ");
        }
    }

    @Test
    void withoutALogoTheSenderLineIsTheNameAlone() throws IOException {
        Path messages = campaign(null);

        Cli.Run run = Cli.run("build", "--messages", messages.toString(), "--out", out());

        assertThat(run.status()).as(run.all()).isZero();
        try (PDDocument pdf =
                Loader.loadPDF(tmp.resolve("out/2023/national/release.pdf").toFile())) {
            assertThat(images(pdf.getPage(0).getResources())).isEmpty();
            assertThat(firstPage(pdf)).startsWith("Exempelförbundet\nPressmeddelande · ");
        }
    }

    @Test
    void aMissingLogoFileIsAnErrorAtItsLine() throws IOException {
        Path messages = campaign("logo/saknas.png");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "organisation.yaml:20:7: error: 'logo': there is no file "
                                + messages.resolve("logo/saknas.png")
                                + "; write the path of a PNG or JPEG file relative to the messages"
                                + " folder, such as logo/skolfacket.png, or leave logo out");
    }

    @Test
    void aLogoThatIsNoImageIsAnErrorAtItsLine() throws IOException {
        Path messages = campaign("logo.png");
        Files.writeString(messages.resolve("logo.png"), "<html>not a picture</html>");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "organisation.yaml:20:7: error: 'logo': logo.png is not a PNG or JPEG"
                                + " image; write the path of a PNG or JPEG file relative to the"
                                + " messages folder, such as logo/skolfacket.png, or leave logo"
                                + " out");
    }

    @Test
    void aLogoOutsideTheMessagesFolderIsRefusedByTheSchema() throws IOException {
        Path messages = campaign("../logo.png");
        Files.copy(LOGO, tmp.resolve("logo.png"));

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("organisation.yaml:20:7: error: 'logo'");
    }

    @Test
    void anSvgLogoIsAskedForAsPng() throws IOException {
        Path messages = campaign("logo/exempel.svg");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("organisation.yaml:20:7: error: 'logo': 'logo/exempel.svg' is not valid")
                .contains("an SVG logo must be saved as PNG first");
    }

    /**
     * The minimal fixture in {@code tmp/messages}, naming {@code logo} on line 20 when not null.
     */
    private Path campaign(String logo) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        for (String file : List.of("organisation.yaml", "2023.yaml", "sweden.yaml")) {
            Files.copy(MINIMAL.resolve(file), messages.resolve(file));
        }
        if (logo != null) {
            Path organisation = messages.resolve("organisation.yaml");
            List<String> lines =
                    new ArrayList<>(Files.readAllLines(organisation, StandardCharsets.UTF_8));
            assertThat(lines).hasSize(19);
            lines.add("logo: " + logo);
            Files.write(organisation, lines, StandardCharsets.UTF_8);
        }
        return messages;
    }

    /** The first page's text as read top to bottom. */
    private static String firstPage(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setEndPage(1);
        return stripper.getText(pdf);
    }

    private String out() {
        return tmp.resolve("out").toString();
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> found = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                found.add(image);
            }
        }
        return found;
    }
}
