package presskit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import presskit.diagnostic.Diagnostic;

/**
 * Findings with one cause printed once: the same message at the same place in the YAML (or, for a
 * finding about outputs, the same message whatever the output) is one line naming a few of the
 * outputs it touches, {@code … (in 48 outputs: national/x/key-3, … and 45 more)}.
 */
final class FindingGroups {

    /** Outputs named in a grouped line before "and N more". */
    static final int NAMED = 3;

    private FindingGroups() {}

    /** One finding standing for all those that share its cause, in order of first appearance. */
    record Group(Diagnostic first, List<Diagnostic> members) {

        boolean isError() {
            return first.isError();
        }

        /** The line to print. */
        String format() {
            if (members.size() == 1) {
                return first.format();
            }
            boolean oneFile = members.stream().allMatch(d -> d.file().equals(first.file()));
            boolean oneField = members.stream().allMatch(d -> d.field().equals(first.field()));
            Diagnostic shared =
                    new Diagnostic(
                            first.severity(),
                            oneFile ? first.file() : "",
                            oneFile ? first.line() : 0,
                            oneFile ? first.column() : 0,
                            oneField ? first.field() : "",
                            first.message());
            List<String> where =
                    members.stream().map(d -> oneField ? d.file() : d.field()).distinct().toList();
            StringBuilder line = new StringBuilder(shared.format());
            String noun = first.line() == 0 ? "output" : "place";
            line.append(" (in ").append(where.size()).append(' ').append(noun);
            line.append(where.size() == 1 ? ": " : "s: ");
            line.append(String.join(", ", where.subList(0, Math.min(NAMED, where.size()))));
            if (where.size() > NAMED) {
                line.append(" and ").append(where.size() - NAMED).append(" more");
            }
            return line.append(')').toString();
        }
    }

    /** The findings grouped by cause. */
    static List<Group> of(List<Diagnostic> all) {
        Map<List<Object>, List<Diagnostic>> groups = new LinkedHashMap<>();
        for (Diagnostic d : all) {
            groups.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d);
        }
        return groups.values().stream().map(g -> new Group(g.get(0), List.copyOf(g))).toList();
    }

    /**
     * A finding located in the YAML has its cause there; one located only at an output ({@code
     * line} 0) has it in its message, whatever the output.
     */
    private static List<Object> key(Diagnostic d) {
        return d.line() > 0
                ? List.of(d.severity(), d.message(), d.file(), d.line(), d.column())
                : List.of(d.severity(), d.message());
    }
}
