package presskit.diagnostic;

import java.util.Objects;

/**
 * One problem found in the user's input or output, located so the user can go straight to it.
 *
 * @param severity error or warning
 * @param file the file as the user knows it (relative to the working directory where possible), or
 *     empty
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param field the YAML field path ({@code quotes[0].speaker}), template expression or output id;
 *     may be empty
 * @param message what is wrong and what was expected
 */
public record Diagnostic(
        Severity severity, String file, int line, int column, String field, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        file = file == null ? "" : file;
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(
            String file, int line, int column, String field, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, field, message);
    }

    public static Diagnostic warning(
            String file, int line, int column, String field, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The conventional one-line form: {@code file:line:col: error: 'field': message}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (!file.isEmpty()) {
            out.append(file);
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            out.append(": ");
        }
        out.append(severity.label()).append(": ");
        if (!field.isEmpty()) {
            out.append('\'').append(field).append("': ");
        }
        out.append(message);
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
