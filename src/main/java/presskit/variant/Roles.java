package presskit.variant;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import presskit.model.Politician;

/**
 * Orders a committee's politicians by role: the chair first, then vice chairs, members,
 * substitutes.
 */
public final class Roles {

    private static final List<String> ORDER =
            List.of(
                    "ordförande",
                    "1:e vice ordförande",
                    "vice ordförande",
                    "2:e vice ordförande",
                    "3:e vice ordförande",
                    "ledamot",
                    "ersättare");

    private Roles() {}

    public static List<Politician> byRole(List<Politician> politicians) {
        return politicians.stream().sorted(Comparator.comparingInt(p -> rank(p.role()))).toList();
    }

    static int rank(String role) {
        int i = ORDER.indexOf(role.strip().toLowerCase(Locale.forLanguageTag("sv-SE")));
        return i < 0 ? ORDER.size() : i;
    }
}
