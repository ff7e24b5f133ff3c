package presskit.validate.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.kit.Kit;
import presskit.kit.TextOutput;
import presskit.model.Link;
import presskit.source.LoadedCampaign;

/**
 * The year's links, each with the outputs that carry it, for the online check. Outputs are matched
 * on the address without tracking parameters, so a post's UTM-tagged link counts as a use of the
 * year's link.
 */
public final class YearLinks {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]]+");

    private YearLinks() {}

    public static List<LinkUse> of(LoadedCampaign campaign, Kit kit) {
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        List<Link> links = campaign.campaign().year().links();
        links.forEach(link -> usedBy.putIfAbsent(UrlKey.of(link.url()), new ArrayList<>()));
        for (TextOutput output : kit.texts()) {
            Matcher m = URL.matcher(output.text());
            Set<String> seen = new HashSet<>();
            while (m.find()) {
                String key = UrlKey.of(m.group().replaceAll("[.,;:!?]+$", ""));
                List<String> users = usedBy.get(key);
                if (users != null && seen.add(key)) {
                    users.add(output.id().toString());
                }
            }
        }
        List<LinkUse> uses = new ArrayList<>();
        for (Link link : links) {
            List<String> users = usedBy.get(UrlKey.of(link.url()));
            uses.add(
                    new LinkUse(
                            link.url(),
                            users.isEmpty() ? List.of("links." + link.id()) : List.copyOf(users)));
        }
        return uses;
    }
}
