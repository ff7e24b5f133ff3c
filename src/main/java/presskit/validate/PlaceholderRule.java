package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
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
            MatchResult m = leftover(output.text());
            if (m != null) {
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
     * The first match of {@link #LEFTOVER} in {@code text}, or null: what {@code find()} gives, but
     * tried only where a match can start (a '{', a '$' before one, a "TODO"), since scanning every
     * character of the releases' style sheets was a tenth of a warm rebuild's checks.
     */
    static MatchResult leftover(String text) {
        Matcher m = LEFTOVER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int brace = text.indexOf('{');
        int todo = text.indexOf("TODO");
        while (brace >= 0 || todo >= 0) {
            int fromBrace = brace > 0 && text.charAt(brace - 1) == '$' ? brace - 1 : brace;
            boolean tryBrace = brace >= 0 && (todo < 0 || fromBrace < todo);
            int at = tryBrace ? fromBrace : todo;
            if (m.region(at, text.length()).lookingAt()) {
                return m.toMatchResult();
            }
            if (tryBrace) {
                brace = text.indexOf('{', brace + 1);
            } else {
                todo = text.indexOf("TODO", todo + 1);
            }
        }
        return null;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
