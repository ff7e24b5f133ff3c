package presskit.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a step so it can be reported at once, then failed on once. */
public final class Diagnostics {

    private static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::file)
                    .thenComparingInt(Diagnostic::line)
                    .thenComparingInt(Diagnostic::column)
                    .thenComparing(Diagnostic::message);

    private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    /** All diagnostics, sorted by file, line and column so output is stable. */
    public List<Diagnostic> all() {
        synchronized (items) {
            List<Diagnostic> copy = new ArrayList<>(items);
            copy.sort(ORDER);
            return List.copyOf(copy);
        }
    }

    public long errorCount() {
        return all().stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return all().size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** Throws a {@link DiagnosticException} with everything collected if any error was found. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new DiagnosticException(all());
        }
    }

    /** {@code "3 errors, 1 warning"}. */
    public static String summary(long errors, long warnings) {
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
