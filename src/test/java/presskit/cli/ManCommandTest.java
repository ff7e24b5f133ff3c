package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code presskit man}: a roff page that man reads, with every command and its examples. */
class ManCommandTest {

    @TempDir Path tmp;

    @Test
    void thePageNamesEveryCommandWithItsOptionsAndExamples() {
        Cli.Run man = Cli.run("man");

        assertThat(man.status()).isZero();
        assertThat(man.out())
                .startsWith(".TH PRESSKIT 1 ")
                .contains(".SH NAME\npresskit \\- Turn a year's campaign data")
                .contains(".SH EXIT STATUS\n.TP\n.B 0\nok\n");
        HelpTextTest.commands()
                .filter(c -> !c.equals("presskit"))
                .forEach(
                        c ->
                                assertThat(man.out())
                                        .contains(
                                                ".SS \"presskit " + c.replace("-", "\\-") + "\""));
        assertThat(man.out())
                .contains("\\fB\\-\\-no\\-pdf\\fR\nSkip the PDF releases")
                .contains("presskit build \\-\\-municipality 0180")
                .doesNotContain("%n");
    }

    @Test
    void manReadsThePage() throws Exception {
        Path page = tmp.resolve("presskit.1");
        Files.writeString(page, Cli.run("man").out(), StandardCharsets.UTF_8);

        Process groff =
                new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", page.toString())
                        .redirectError(tmp.resolve("groff.err").toFile())
                        .start();
        String text = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(groff.waitFor()).as(text).isZero();
        // groff warns on standard error; the page's own words may say "warnings".
        assertThat(Files.readString(tmp.resolve("groff.err"))).as("groff's warnings").isEmpty();
        assertThat(text).contains("presskit build [-hqvV]").contains("Examples:");
    }
}
