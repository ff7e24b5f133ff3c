package presskit.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be used: carries every located diagnostic found before giving up. The command
 * line prints them and exits with status 2, without a stack trace.
 */
public final class DiagnosticException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public DiagnosticException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public DiagnosticException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /** The diagnostics with the library exception behind them, which {@code --debug} shows. */
    public DiagnosticException(List<Diagnostic> diagnostics, Throwable cause) {
        this(diagnostics);
        initCause(cause);
    }

    /** One diagnostic with the library exception behind it, which {@code --debug} shows. */
    public DiagnosticException(Diagnostic diagnostic, Throwable cause) {
        this(List.of(diagnostic), cause);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
