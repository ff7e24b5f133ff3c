package presskit.cli;

import java.util.List;
import presskit.channel.Channels;
import presskit.diagnostic.Diagnostics;
import presskit.kit.Kit;
import presskit.kit.KitBuilder;
import presskit.load.CampaignLoader;
import presskit.load.LoadedCampaign;
import presskit.render.TemplateEngine;
import presskit.validate.Validator;
import presskit.variant.Edition;
import presskit.variant.Editions;

/** Load → variants → render → validate, shared by {@code build} and {@code validate}. */
final class Pipeline {

    /** A rendered, checked kit with the campaign it came from. */
    record Result(LoadedCampaign campaign, Kit kit, Diagnostics findings) {
    }

    private Pipeline() {
    }

    static Result run(CampaignOptions options) {
        LoadedCampaign campaign = new CampaignLoader(options.messages).load(options.year);
        Channels channels = campaign.channels();
        List<Edition> editions = List.of(Editions.national(campaign.campaign()));
        Kit kit = new KitBuilder(new TemplateEngine(options.templates), channels).build(campaign, editions);
        Diagnostics findings = new Validator(channels).check(campaign, kit);
        return new Result(campaign, kit, findings);
    }
}
