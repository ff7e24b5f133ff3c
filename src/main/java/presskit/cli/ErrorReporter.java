package presskit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Diagnostics;
import presskit.write.WriteFailure;

/**
 * Turns whatever a command throws into a message and an exit status. Located input problems are
 * printed one per line with a count; a file that cannot be written is one line naming it and the
 * reason; anything unexpected is a bug, said in one line with how to report it, and the stack trace
 * only under --debug.
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
            err.println(
                    "presskit: stopped with "
                            + Diagnostics.summary(errors, warnings)
                            + "; nothing was written.");
        } else if (ex instanceof CommandFailure failure) {
            err.println("presskit: " + failure.getMessage());
        } else if (ex instanceof WriteFailure failure) {
            err.println("presskit: " + failure.getMessage());
        } else if (ex instanceof UncheckedIOException io) {
            err.println("presskit: cannot read or write a file: " + describe(io.getCause()));
        } else {
            err.println(
                    "presskit: stopped by a bug in presskit, not by anything in your files or"
                            + " options. Run the same command again with --debug before the command"
                            + " name and send the whole output to presskit's maintainers.");
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
        if (ex instanceof WriteFailure || ex instanceof UncheckedIOException) {
            return ExitCode.IO.code();
        }
        return ExitCode.BUG.code();
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

    /** An I/O failure in words: the file, if known, and the reason. */
    static String describe(IOException e) {
        String reason = WriteFailure.reasonOf(e);
        if (e instanceof FileSystemException fs
                && fs.getFile() != null
                && !reason.contains(fs.getFile())) {
            return fs.getFile() + ": " + reason;
        }
        return reason;
    }

    /** Whether {@code --debug} was given, before the command name or after it. */
    static boolean debug(ParseResult parseResult) {
        ParseResult root = parseResult;
        while (root != null && root.commandSpec().parent() != null) {
            root = root.commandSpec().parent().commandLine().getParseResult();
        }
        return root != null && root.hasMatchedOption("--debug")
                || parseResult != null && parseResult.hasMatchedOption("--debug");
    }
}
