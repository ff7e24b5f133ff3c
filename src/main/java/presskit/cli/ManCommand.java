package presskit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code presskit man}: the manual page, in roff, from the same model as the help. */
@Command(
        name = "man",
        mixinStandardHelpOptions = true,
        description = {
            "Print presskit's manual page in roff: every command, its options and examples.",
            "Save it as presskit.1 and read it with man, or install it in a man1 folder."
        })
@Examples({
    "presskit man > presskit.1 && man ./presskit.1",
    "presskit man > ~/.local/share/man/man1/presskit.1   # then: man presskit"
})
final class ManCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ManPage.of(spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
