package presskit.build;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.load.Suggestions;
import presskit.model.Municipality;
import presskit.model.Sweden;

/**
 * Finds the municipality a person means by what she types on the command line: its four-digit code
 * or its name, case and diacritics ignored ({@code 2584}, {@code kiruna}, {@code malung-salen}).
 * {@code build --municipality}, {@code validate --municipality} and {@code presskit branch} all
 * look it up here.
 */
public final class Municipalities {

    private Municipalities() {}

    /**
     * The municipality {@code typed} names; anything else is a usage error on {@code option} with
     * the nearest name, or the names a spelling without diacritics could mean.
     */
    public static Municipality find(Sweden sweden, String typed, String option) {
        String wanted = typed.strip();
        Optional<Municipality> byCode = sweden.municipality(wanted);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        if (wanted.matches("\\d+")) {
            throw unknown(
                    option,
                    "no municipality has the code '"
                            + wanted
                            + "'; give its four-digit SCB code or its name, e.g. 2080 or Falun");
        }
        List<Municipality> exact = new ArrayList<>();
        List<Municipality> folded = new ArrayList<>();
        for (Municipality m : sweden.municipalities()) {
            for (String name : names(m)) {
                if (name.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                    exact.add(m);
                } else if (fold(name).equals(fold(wanted))) {
                    folded.add(m);
                }
            }
        }
        // "Habo" is Habo, not Håbo: a name written with its letters wins over a folded match.
        List<Municipality> found = exact.isEmpty() ? folded : exact;
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw unknown(
                    option,
                    "'"
                            + wanted
                            + "' could be "
                            + String.join(
                                    " or ", found.stream().map(Municipalities::named).toList())
                            + "; give the code or the name with its å, ä or ö");
        }
        throw unknown(option, "no municipality is called '" + wanted + "'" + hint(sweden, wanted));
    }

    /** "; did you mean Kiruna (2584)?", or nothing when no name is near. */
    private static String hint(Sweden sweden, String wanted) {
        Map<String, Municipality> byFolded = new LinkedHashMap<>();
        for (Municipality m : sweden.municipalities()) {
            for (String name : names(m)) {
                byFolded.putIfAbsent(fold(name), m);
            }
        }
        return Suggestions.closest(fold(wanted), byFolded.keySet())
                .map(s -> "; did you mean " + named(byFolded.get(s)) + "?")
                .orElse("; give its four-digit SCB code or its name, e.g. 2080 or Falun");
    }

    /** The names a person may type for {@code m}: "Falun" or "Falu kommun". */
    private static List<String> names(Municipality m) {
        return List.of(m.name(), m.officialName());
    }

    private static String named(Municipality m) {
        return m.name() + " (" + m.code() + ")";
    }

    /** Lower case without diacritics: "Malung-Sälen" and "malung-salen" are the same. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static DiagnosticException unknown(String option, String message) {
        return new DiagnosticException(Diagnostic.error("", 0, 0, option, message));
    }
}
