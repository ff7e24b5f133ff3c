package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.kit.TextOutput;
import presskit.model.CampaignYear;
import presskit.model.Figure;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;
import presskit.variant.FigurePhrase;

/**
 * Every {@code {figure}} in the year's texts names a defined figure, and no output still holds a
 * placeholder or template syntax.
 */
final class PlaceholderRule implements Rule {

    private static final Pattern LEFTOVER =
            Pattern.compile("\\{[a-z0-9][a-z0-9-]*\\}|\\$\\{|\\bTODO\\b");

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        CampaignYear year = campaign.campaign().year();
        Set<String> figures = year.figures().stream().map(Figure::id).collect(Collectors.toSet());
        SourceMap sources = campaign.year();
        texts(found, sources, figures, "release.lede", List.of(year.release().lede()));
        texts(found, sources, figures, "release.body", year.release().body());
        texts(
                found,
                sources,
                figures,
                "messages.key",
                year.keyMessages().stream().map(m -> m.text()).toList());
        texts(
                found,
                sources,
                figures,
                "messages.short",
                year.shortMessages().stream().map(m -> m.text()).toList());
        texts(found, sources, figures, "call_to_action", List.of(year.callToAction()));
        if (year.local() != null) {
            texts(found, sources, figures, "local.question", List.of(year.local().question()));
        }
        for (TextOutput output : kit.texts()) {
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

    private static void texts(
            List<Diagnostic> found,
            SourceMap sources,
            Set<String> figures,
            String field,
            List<String> texts) {
        boolean single = !field.endsWith("body") && !field.startsWith("messages");
        for (int i = 0; i < texts.size(); i++) {
            Matcher m = FigurePhrase.PLACEHOLDER.matcher(texts.get(i));
            while (m.find()) {
                if (!figures.contains(m.group(1))) {
                    String path = single ? field : field + "[" + i + "]";
                    SourceMap.Position p = sources.value(path);
                    found.add(
                            Diagnostic.error(
                                    sources.file(),
                                    p.line(),
                                    p.column(),
                                    path,
                                    "'{"
                                            + m.group(1)
                                            + "}' names no figure; defined figures: "
                                            + String.join(
                                                    ", ", figures.stream().sorted().toList())));
                }
            }
        }
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
