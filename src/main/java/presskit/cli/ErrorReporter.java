package presskit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Diagnostics;

/**
 * Turns whatever a command throws into a message and an exit status. Located input problems are printed
 * one per line with a count; anything unexpected is one line, with the stack trace only under --debug.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (ex instanceof DiagnosticException problems) {
            for (Diagnostic d : problems.diagnostics()) {
                err.println(d.format());
            }
            long errors = problems.diagnostics().stream().filter(Diagnostic::isError).count();
            long warnings = problems.diagnostics().size() - errors;
            err.println("presskit: stopped with " + Diagnostics.summary(errors, warnings) + "; nothing was written.");
        } else if (ex instanceof CommandFailure failure) {
            err.println("presskit: " + failure.getMessage());
        } else {
            err.println("presskit: unexpected error: " + ex + (debug(parseResult) ? "" : " (run with --debug for details)"));
        }
        if (debug(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCodeOf(ex);
    }

    static int exitCodeOf(Throwable ex) {
        if (ex instanceof CommandFailure failure) {
            return failure.exitCode().code();
        }
        if (ex instanceof DiagnosticException || ex instanceof ParameterException) {
            return ExitCode.USAGE_OR_INPUT.code();
        }
        return ExitCode.FINDINGS.code();
    }

    static int usageError(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("presskit: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE_OR_INPUT.code();
    }

    private static boolean debug(ParseResult parseResult) {
        ParseResult root = parseResult;
        while (root != null && root.commandSpec().parent() != null) {
            root = root.commandSpec().parent().commandLine().getParseResult();
        }
        return root != null && root.hasMatchedOption("--debug")
                || parseResult != null && parseResult.hasMatchedOption("--debug");
    }
}
