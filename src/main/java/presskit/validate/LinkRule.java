package presskit.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.diagnostic.Diagnostic;
import presskit.kit.Kit;
import presskit.kit.Posted;
import presskit.model.FillIn;
import presskit.model.Link;
import presskit.model.Organisation;
import presskit.source.LoadedCampaign;
import presskit.source.SourceMap;

/**
 * Links are real addresses: absolute {@code https}, no placeholder left by a lost address, no two
 * that differ only by tracking parameters, and every address in a post is one of the year's links.
 * The organisation's web site, press room and account pages are held to the same address rules.
 */
final class LinkRule implements Rule {

    private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s<>\"]+");

    /**
     * A word that marks a missing address, as a whole word between the address's punctuation:
     * {@code https://exempel.se/TODO} or {@code https://x/fixme-later}, never {@code todoist.com}.
     */
    private static final Pattern PLACEHOLDER_WORD =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(todo|fixme|tbd|xxx)(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final List<String> PLACEHOLDER_HOSTS =
            List.of("example.com", "example.org", "example.net", "localhost", "127.0.0.1");

    @Override
    public List<Diagnostic> check(LoadedCampaign campaign, Kit kit) {
        List<Diagnostic> found = new ArrayList<>();
        SourceMap sources = campaign.year();
        List<Link> links = campaign.campaign().year().links();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            String field = "links[" + i + "].url";
            String url = links.get(i).url().strip();
            if (FillIn.marks(url)) {
                // The form's mark: FillInRule says what to write; one finding for the line.
                continue;
            }
            problem(url).ifPresent(p -> found.add(sources.error(field, "'" + url + "' " + p)));
            Integer earlier = seen.putIfAbsent(Links.withoutTracking(url), i);
            if (earlier != null) {
                found.add(
                        sources.error(
                                field,
                                "'"
                                        + url
                                        + "' is the same page as links["
                                        + earlier
                                        + "] apart from tracking parameters; keep one"));
            }
        }
        found.addAll(organisation(campaign));
        // Thousands of posts name the same few addresses: each is parsed once. A text without
        // "://" holds no address (the profile of a warm rebuild had this loop at 7 %).
        Map<String, String> normalised = new HashMap<>();
        for (Posted post : kit.posts()) {
            if (!post.text().contains("://")) {
                continue;
            }
            Matcher m = URL_IN_TEXT.matcher(post.text());
            while (m.find()) {
                String url = trimPunctuation(m.group());
                if (!seen.containsKey(normalised.computeIfAbsent(url, Links::withoutTracking))) {
                    found.add(
                            Diagnostic.error(
                                    post.path(),
                                    0,
                                    0,
                                    post.id().toString(),
                                    "'"
                                            + url
                                            + "' is not one of the year's links; add it under links: so it is checked"));
                }
            }
        }
        return found;
    }

    /**
     * The organisation's addresses that the release and the page link to, checked like the year's
     * links: its web site, its press room and the accounts it names by address.
     */
    private static List<Diagnostic> organisation(LoadedCampaign campaign) {
        Organisation organisation = campaign.campaign().organisation();
        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put("website", organisation.website());
        addresses.put("press_room", organisation.pressRoom());
        organisation
                .accounts()
                .forEach(
                        (network, account) -> {
                            if (!account.startsWith("@")) {
                                addresses.put("accounts." + network, account);
                            }
                        });
        List<Diagnostic> found = new ArrayList<>();
        addresses.forEach(
                (field, url) -> {
                    if (url != null) {
                        String address = url.strip();
                        problem(address)
                                .ifPresent(
                                        p ->
                                                found.add(
                                                        campaign.organisation()
                                                                .error(
                                                                        field,
                                                                        "'" + address + "' " + p)));
                    }
                });
        return found;
    }

    /** What is wrong with a link's address, if anything. */
    static Optional<String> problem(String url) {
        if (url.isEmpty()
                || url.startsWith("#")
                || url.contains("…")
                || url.contains("...")
                || PLACEHOLDER_WORD.matcher(url).find()) {
            return Optional.of("is a placeholder, not an address; fill in the real one");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address: " + e.getReason());
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return Optional.of(
                    "is not an absolute address; write it in full, starting with https://");
        }
        if (!"https".equals(uri.getScheme().toLowerCase(Locale.ROOT))) {
            return Optional.of("does not use https; use the https:// address");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_HOSTS.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h))) {
            return Optional.of(
                    "points at " + host + ", a placeholder host; fill in the real address");
        }
        return Optional.empty();
    }

    private static String trimPunctuation(String url) {
        String u = url;
        while (!u.isEmpty() && ".,;:!?)»”".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
