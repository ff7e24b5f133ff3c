package presskit.validate;

import java.util.List;
import presskit.channel.Channels;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.Diagnostics;
import presskit.kit.Kit;
import presskit.source.LoadedCampaign;

/** Runs every offline rule and collects what they find. */
public final class Validator {

    private final List<Rule> rules;

    public Validator(Channels channels) {
        this.rules =
                List.of(
                        new FillInRule(),
                        new PostLengthRule(),
                        new LinkRule(),
                        new PlaceholderRule(),
                        new EmbargoRule(),
                        new HashtagRule(channels),
                        new NearMissRule(channels),
                        new SwedishStyleRule());
    }

    public Diagnostics check(LoadedCampaign campaign, Kit kit) {
        Diagnostics found = new Diagnostics();
        for (Rule rule : rules) {
            List<Diagnostic> diagnostics = rule.check(campaign, kit);
            found.addAll(diagnostics);
        }
        return found;
    }
}
