package presskit.validate.links;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.model.Link;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;

/**
 * {@code validate --online}: the online link check's results as findings at each link's line in the
 * YAML.
 */
public final class OnlineLinkFindings {

    private OnlineLinkFindings() {}

    public static List<Diagnostic> of(LoadedCampaign campaign, Kit kit, Path cacheDir) {
        LinkCache cache = LinkCache.in(cacheDir, LinkCache.DEFAULT_TTL, Clock.systemUTC());
        List<LinkResult> results =
                new LinkChecker(LinkCheckOptions.defaults(), cache)
                        .check(YearLinks.of(campaign, kit));
        SourceMap sources = campaign.year();
        List<Link> links = campaign.campaign().year().links();
        List<Diagnostic> found = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            String key = UrlKey.of(links.get(i).url());
            String field = "links[" + i + "].url";
            SourceMap.Position at = sources.value(field);
            for (LinkResult r : results) {
                if (!UrlKey.of(r.url()).equals(key)) {
                    continue;
                }
                if (r.isFailure()) {
                    found.add(
                            Diagnostic.error(
                                    sources.file(),
                                    at.line(),
                                    at.column(),
                                    field,
                                    r.verdict().label()
                                            + (r.status() == null
                                                    ? ""
                                                    : " (HTTP " + r.status() + ")")
                                            + ": "
                                            + r.reason()));
                } else if (r.verdict() == Verdict.REDIRECTED) {
                    found.add(
                            Diagnostic.warning(
                                    sources.file(),
                                    at.line(),
                                    at.column(),
                                    field,
                                    "redirects to "
                                            + r.finalUrl()
                                            + "; consider linking there directly"));
                }
            }
        }
        return found;
    }
}
