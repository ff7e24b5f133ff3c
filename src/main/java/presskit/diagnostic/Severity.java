package presskit.diagnostic;

import java.util.Locale;

/** How serious a diagnostic is: errors fail the command, warnings are shown but do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in {@code path:line:col: error: message}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
