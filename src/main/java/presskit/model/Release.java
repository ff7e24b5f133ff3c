package presskit.model;

import java.util.List;

/**
 * The press release of the year. Its quotes are the year's quotes marked {@code in_release} (see
 * {@link CampaignYear#releaseQuotes}).
 *
 * @param headline the headline
 * @param lede the opening paragraph
 * @param body the following paragraphs
 * @param figureIds the key figures to list, by id
 */
public record Release(String headline, String lede, List<String> body, List<String> figureIds) {

    public Release {
        body = List.copyOf(body);
        figureIds = List.copyOf(figureIds);
    }
}
