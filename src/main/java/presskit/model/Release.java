package presskit.model;

import java.util.List;

/**
 * The press release of the year.
 *
 * @param headline the headline
 * @param lede the opening paragraph
 * @param body the following paragraphs
 * @param figureIds the key figures to list, by id
 * @param quoteIds the quotes to include, by id
 */
public record Release(
        String headline,
        String lede,
        List<String> body,
        List<String> figureIds,
        List<String> quoteIds) {

    public Release {
        body = List.copyOf(body);
        figureIds = List.copyOf(figureIds);
        quoteIds = List.copyOf(quoteIds);
    }
}
