package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code presskit completion}: a script bash accepts and that completes presskit's words. */
class CompletionCommandTest {

    @TempDir Path tmp;

    @Test
    void theBashScriptIsValidBash() throws Exception {
        Path script = script("bash");

        assertThat(bash("bash", "-n", script.toString())).isEmpty();
    }

    @Test
    void theBashScriptCompletesCommandsOptionsAndValues() throws Exception {
        Path script = script("bash");

        assertThat(complete(script, "presskit", "bu")).containsExactly("build");
        assertThat(complete(script, "presskit", "build", "--no")).containsExactly("--no-pdf");
        assertThat(complete(script, "presskit", "completion", "")).containsExactly("bash", "zsh");
        assertThat(complete(script, "presskit", "")).contains("help", "completion", "man");
    }

    @Test
    void theZshScriptIsBashsUnderBashcompinit() {
        Cli.Run zsh = Cli.run("completion", "zsh");

        assertThat(zsh.status()).isZero();
        assertThat(zsh.out())
                .startsWith("#compdef presskit\n")
                .contains("autoload -U +X bashcompinit && bashcompinit\n")
                .endsWith(Cli.run("completion", "bash").out());
    }

    @Test
    void anotherShellIsAUsageError() {
        Cli.Run fish = Cli.run("completion", "fish");

        assertThat(fish.status()).isEqualTo(2);
        assertThat(fish.err()).contains("fish");
    }

    private Path script(String shell) throws IOException {
        Cli.Run run = Cli.run("completion", shell);
        assertThat(run.status()).as(run.err()).isZero();
        Path script = tmp.resolve("presskit." + shell);
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
        return script;
    }

    /** What bash offers after the words typed so far, the last being the one to complete. */
    private static List<String> complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append('\'').append(w).append("' ");
        }
        String line = String.join(" ", words);
        String program =
                "source '"
                        + script
                        + "'\n"
                        + "COMP_WORDS=("
                        + array
                        + ")\n"
                        + "COMP_CWORD="
                        + (words.length - 1)
                        + "\nCOMP_LINE='"
                        + line
                        + "'\nCOMP_POINT=${#COMP_LINE}\n"
                        + "_complete_presskit 2>/dev/null\n"
                        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        return bash("bash", "-c", program).lines().filter(l -> !l.isBlank()).toList();
    }

    private static String bash(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
