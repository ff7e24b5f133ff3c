package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Nothing presskit prints can act on the terminal or reverse the reading order of a line. */
class SafeTerminalWriterTest {

    @Test
    void anEscapeSequenceInAnArgumentIsEchoedAsVisibleText() {
        Cli.Run run = Cli.run("count", "--channel", "x\u001B[2J\u001B]0;title\u0007", "hej");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        "presskit: unknown channel 'x\\u001B[2J\\u001B]0;title\\u0007'; known: x,");
        assertThat(run.all()).doesNotContain("\u001B", "\u0007");
    }

    @Test
    void controlsBidiOverridesAndLoneSurrogatesAreEscapedAndTheRestPassesAsItIs()
            throws IOException {
        StringWriter out = new StringWriter();
        try (SafeTerminalWriter safe = new SafeTerminalWriter(out)) {
            safe.write("Åtta av tio\tsäger\r\n");
            safe.write("\u202Eevil\u202C \u2066iso\u2069 \u0085 \u007F");
            safe.write("Tack 👍🏽 \uD800 x\uDC00");
            safe.write('\uD83D');
            safe.write('\uDC4D');
            safe.write('\uD800');
        }

        assertThat(out.toString())
                .isEqualTo(
                        "Åtta av tio\tsäger\r\n"
                                + "\\u202Eevil\\u202C \\u2066iso\\u2069 \\u0085 \\u007F"
                                + "Tack 👍🏽 \\uD800 x\\uDC00"
                                + "👍"
                                + "\\uD800");
    }
}
