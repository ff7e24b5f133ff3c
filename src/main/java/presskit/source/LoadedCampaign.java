package presskit.source;

import presskit.channel.Channels;
import presskit.model.Campaign;

/**
 * A campaign with the source maps of the files it came from, so later checks can point at lines.
 *
 * @param campaign the model
 * @param organisation where the organisation file's fields stand
 * @param year where the year file's fields stand
 * @param channels the networks, with the overrides of {@code channels.yaml}
 */
public record LoadedCampaign(Campaign campaign, SourceMap organisation, SourceMap year, Channels channels) {
}
