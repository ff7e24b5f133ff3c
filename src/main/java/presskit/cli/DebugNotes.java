package presskit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import presskit.load.OwnCopies;

/**
 * Under {@code --debug}, before a command that reads a messages folder runs, says on standard error
 * what that folder holds of its own in place of presskit's built-in data ({@link OwnCopies}), one
 * {@code debug:} line each: a campaign that behaves unexpectedly often has a stale copy.
 */
final class DebugNotes implements IExecutionStrategy {

    private final IExecutionStrategy command = new CommandLine.RunLast();

    @Override
    public int execute(ParseResult parseResult) {
        ParseResult last = parseResult;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        OptionSpec messages = last.commandSpec().findOption("--messages");
        if (messages != null && ErrorReporter.debug(last) && messages.getValue() != null) {
            PrintWriter err = last.commandSpec().commandLine().getErr();
            for (String note : OwnCopies.notes(messages.<Path>getValue())) {
                err.println("debug: " + note + ".");
            }
            err.flush();
        }
        return command.execute(parseResult);
    }
}
