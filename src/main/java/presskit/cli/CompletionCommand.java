package presskit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presskit completion}: a shell completion script generated from the same picocli model as
 * the help, so it always offers the commands and options this presskit has.
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print a completion script for bash or zsh: commands, options and their values.",
            "Load it in the shell's start-up file; zsh runs bash's script through bashcompinit."
        })
@Examples({
    "source <(presskit completion bash)   # this shell only",
    "presskit completion bash > ~/.local/share/bash-completion/completions/presskit",
    "presskit completion zsh > ~/.presskit-completion.zsh   # then source it in ~/.zshrc"
})
final class CompletionCommand implements Callable<Integer> {

    /** The shells a script is made for. */
    enum Shell {
        BASH,
        ZSH
    }

    /** The shells' names as a user types them, for the completion of this very command. */
    static final class ShellNames extends ArrayList<String> {
        ShellNames() {
            super(List.of("bash", "zsh"));
        }
    }

    @Parameters(
            paramLabel = "SHELL",
            completionCandidates = ShellNames.class,
            description = "bash or zsh.")
    Shell shell;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("presskit", spec.root().commandLine());
        if (shell == Shell.ZSH) {
            // picocli writes one script for both shells: bash's completion functions, which zsh
            // runs once bashcompinit has defined complete and compgen for it.
            script =
                    "#compdef presskit\n"
                            + "# zsh completion for presskit: bash's script under bashcompinit.\n"
                            + "autoload -U +X compinit && compinit\n"
                            + "autoload -U +X bashcompinit && bashcompinit\n"
                            + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
