package presskit.source;

import java.util.Map;
import presskit.model.Campaign;
import presskit.model.ChannelSettings;

/**
 * A campaign with the source maps of the files it came from, so later checks can point at lines.
 *
 * @param campaign the model
 * @param organisation where the organisation file's fields stand
 * @param year where the year file's fields stand
 * @param channelSettings what {@code channels.yaml} says, by network id (empty without the file)
 * @param channelSources where {@code channels.yaml}'s fields stand
 */
public record LoadedCampaign(
        Campaign campaign,
        SourceMap organisation,
        SourceMap year,
        Map<String, ChannelSettings> channelSettings,
        SourceMap channelSources) {

    public LoadedCampaign {
        channelSettings = Map.copyOf(channelSettings);
    }

    /** Whether {@code channels.yaml} switches this network off ({@code enabled: false}). */
    public boolean switchedOff(String channelId) {
        ChannelSettings settings = channelSettings.get(channelId);
        return settings != null && !settings.enabled();
    }
}
