package presskit.cli;

import java.util.ArrayList;
import java.util.List;
import presskit.kit.Output;
import presskit.model.Link;
import presskit.validate.links.LinkUse;

/** The year's links, each with the outputs that carry it, for the online check. */
final class YearLinks {

    private YearLinks() {
    }

    static List<LinkUse> of(Pipeline.Result result) {
        List<LinkUse> uses = new ArrayList<>();
        for (Link link : result.campaign().campaign().year().links()) {
            List<String> usedBy = new ArrayList<>();
            for (Output output : result.kit().outputs()) {
                if (output.text().contains(link.url())) {
                    usedBy.add(output.id());
                }
            }
            uses.add(new LinkUse(link.url(), usedBy.isEmpty() ? List.of("links." + link.id()) : usedBy));
        }
        return uses;
    }
}
