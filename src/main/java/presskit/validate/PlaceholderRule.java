package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.kit.TextOutput;
import presskit.model.Placeholder;
import presskit.source.LoadedCampaign;

/**
 * No output still holds a placeholder or template syntax. A {@code {…}} in the year's texts that
 * names no figure never gets this far: the load reports it at its line.
 */
final class PlaceholderRule implements Rule {

    static final Pattern LEFTOVER =
            Pattern.compile("\\{" + Placeholder.FIGURE_ID.pattern() + "\\}|\\$\\{|\\bTODO\\b");

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        for (TextOutput output : kit.texts()) {
            if (!mayHoldLeftover(output.text())) {
                continue;
            }
            Matcher m = LEFTOVER.matcher(output.text());
            if (m.find()) {
                found.add(
                        Diagnostic.error(
                                output.path(),
                                lineOf(output.text(), m.start()),
                                0,
                                output.id().toString(),
                                "unresolved placeholder '" + m.group() + "' in the rendered text"));
            }
        }
        return found;
    }

    /**
     * Whether {@link #LEFTOVER} can match at all: each of its forms holds a '{' or "TODO". Most
     * outputs hold neither, and the scan over every kit's texts was a tenth of a rebuild's checks.
     */
    static boolean mayHoldLeftover(String text) {
        return text.indexOf('{') >= 0 || text.contains("TODO");
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
