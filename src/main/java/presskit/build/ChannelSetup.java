package presskit.build;

import java.util.Map;
import presskit.channel.Channels;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.model.ChannelSettings;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;

/** Makes a campaign's channels: the built-in networks with what {@code channels.yaml} changes. */
final class ChannelSetup {

    private ChannelSetup() {}

    /**
     * The channels of {@code campaign}; settings a network cannot take are an error at their
     * network's line in {@code channels.yaml}.
     */
    static Channels of(LoadedCampaign campaign) {
        Channels channels = Channels.builtIn();
        for (Map.Entry<String, ChannelSettings> entry : campaign.channelSettings().entrySet()) {
            try {
                channels = channels.withOverrides(Map.of(entry.getKey(), entry.getValue()));
            } catch (IllegalArgumentException e) {
                SourceMap sources = campaign.channelSources();
                SourceMap.Position at = sources.key(entry.getKey());
                throw new DiagnosticException(
                        Diagnostic.error(
                                sources.file(),
                                at.line(),
                                at.column(),
                                entry.getKey(),
                                e.getMessage()));
            }
        }
        return channels;
    }
}
