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

    private static Editions.Selection selection(CampaignOptions options, LoadedCampaign campaign) {
        var sweden = campaign.campaign().sweden();
        if (options.region != null && sweden.region(options.region).isEmpty()) {
            throw new CommandFailure(ExitCode.USAGE_OR_INPUT, "no region has the code '" + options.region
                    + "'; use a two-digit code from messages/sweden.yaml, e.g. 18 for Örebro län");
        }
        if (options.municipality != null && sweden.municipality(options.municipality).isEmpty()) {
            throw new CommandFailure(ExitCode.USAGE_OR_INPUT, "no municipality has the code '" + options.municipality
                    + "'; use a four-digit code from messages/sweden.yaml, e.g. 1880 for Örebro");
        }
        var only = options.only == null || options.only.isEmpty()
                ? java.util.EnumSet.allOf(CampaignOptions.Level.class) : java.util.EnumSet.copyOf(options.only);
        boolean narrowed = options.region != null || options.municipality != null;
        return new Editions.Selection(
                only.contains(CampaignOptions.Level.national) && !narrowed,
                only.contains(CampaignOptions.Level.regions) && options.municipality == null,
                only.contains(CampaignOptions.Level.municipalities),
                options.region, options.municipality);
    }

    static Result run(CampaignOptions options) {
        return run(options, new java.io.PrintWriter(System.err, true));
    }

    static Result run(CampaignOptions options, java.io.PrintWriter err) {
        Timings.mark(err, "start");
        LoadedCampaign campaign = new CampaignLoader(options.messages).load(options.year);
        Timings.mark(err, "load");
        Channels channels = campaign.channels();
        List<Edition> editions = Editions.of(campaign.campaign(), selection(options, campaign));
        Kit kit = new KitBuilder(new TemplateEngine(options.templates), channels).build(campaign, editions);
        Timings.mark(err, "render");
        kit = kit.withLinks(LinkCards.withCheckedPreviews(kit.links(), options.cacheDir));
        kit = kit.with(ScheduleOutputs.of(campaign, kit));
        Diagnostics findings = new Validator(channels).check(campaign, kit);
        Timings.mark(err, "validate");
        return new Result(campaign, kit, findings);
    }
}
