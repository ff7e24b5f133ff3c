package presskit.variant;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import presskit.model.CampaignYear;
import presskit.model.Message;
import presskit.model.Placeholder;

/**
 * Which figures a year's texts already say, by the {@code {id}} placeholders written in them, so
 * that a list of figures beside those texts need not say them again.
 *
 * @param lede the figures the release's lede says
 * @param body the figures the release's body says
 * @param keyMessages the figures the key messages say
 * @param viewsOnly the ids of the key messages that name no figure: the organisation's views, true
 *     in every region
 */
public record FigureMentions(
        Set<String> lede, Set<String> body, Set<String> keyMessages, Set<String> viewsOnly) {

    public FigureMentions {
        lede = Set.copyOf(lede);
        body = Set.copyOf(body);
        keyMessages = Set.copyOf(keyMessages);
        viewsOnly = Set.copyOf(viewsOnly);
    }

    /** The mentions in {@code year}'s texts as written, before the figures are filled in. */
    public static FigureMentions of(CampaignYear year) {
        return new FigureMentions(
                ids(Stream.of(year.release().lede())),
                ids(year.release().body().stream()),
                ids(year.keyMessages().stream().map(Message::text)),
                year.keyMessages().stream()
                        .filter(m -> !namesAFigure(m.text()))
                        .map(Message::id)
                        .collect(Collectors.toSet()));
    }

    /** Whether {@code text}, as written, names a figure. */
    public static boolean namesAFigure(String text) {
        return !ids(Stream.of(text)).isEmpty();
    }

    private static Set<String> ids(Stream<String> texts) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> all = texts.toList();
        for (String text : all) {
            Matcher m = Placeholder.IN_TEXT.matcher(text);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }
}
