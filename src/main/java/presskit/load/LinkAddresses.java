package presskit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import presskit.diagnostic.Diagnostic;
import presskit.model.CampaignYear;
import presskit.model.Organisation;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * The addresses a campaign links to are safe to publish: web addresses ({@code https://}, or {@code
 * http://}, which the link rule reports), never a script or other scheme a page would make
 * clickable ({@code javascript:}, {@code data:}, {@code file:} …), and never with a user name or
 * password, which every reader of the kit would see.
 */
final class LinkAddresses {

    // A scheme as RFC 3986 spells it; browsers read one from the start of an href the same way.
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    // Browsers drop tabs and line breaks anywhere in an address ("java\tscript:" is javascript:).
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\t\n\r]");

    private LinkAddresses() {}

    /** Problems with the year's link addresses, each at its line. */
    static List<Diagnostic> check(CampaignYear year, SourceMap sources) {
        List<Diagnostic> found = new ArrayList<>();
        for (int i = 0; i < year.links().size(); i++) {
            check(year.links().get(i).url(), FieldPath.index("links", i) + ".url", sources, found);
        }
        return found;
    }

    /**
     * Problems with the organisation's web site and press room addresses, and with its accounts
     * written as addresses (a handle has no scheme, so it passes here).
     */
    static List<Diagnostic> check(Organisation organisation, SourceMap sources) {
        List<Diagnostic> found = new ArrayList<>();
        check(organisation.website(), "website", sources, found);
        check(organisation.pressRoom(), "press_room", sources, found);
        organisation
                .accounts()
                .forEach(
                        (network, account) ->
                                check(account, "accounts." + network, sources, found));
        return found;
    }

    private static void check(String url, String field, SourceMap sources, List<Diagnostic> found) {
        if (url == null) {
            return;
        }
        problem(url)
                .ifPresent(
                        message -> {
                            found.add(sources.error(field, message));
                        });
    }

    /** What makes the address unsafe to publish, if anything; a relative address is not. */
    static Optional<String> problem(String url) {
        String read = IGNORED_BY_BROWSERS.matcher(strip(url)).replaceAll("");
        Matcher scheme = SCHEME.matcher(read);
        if (!scheme.find()) {
            return Optional.empty();
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!name.equals("https") && !name.equals("http")) {
            return Optional.of(
                    "a link must be a web address starting with https://, not "
                            + name
                            + ": (a page would make it clickable); write the page's https:// address");
        }
        String rest = read.substring(scheme.end());
        int start = 0;
        while (start < rest.length() && (rest.charAt(start) == '/' || rest.charAt(start) == '\\')) {
            start++;
        }
        int end = start;
        while (end < rest.length() && "/\\?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        int at = rest.lastIndexOf('@', end - 1);
        if (at >= start) {
            return Optional.of(
                    "the address has a user name or password before its host ("
                            + name
                            + "://…@"
                            + rest.substring(at + 1, end)
                            + "); remove them: the kit is public, and so would they be");
        }
        return Optional.empty();
    }

    /** Without the spaces and control characters browsers drop from both ends of an address. */
    private static String strip(String url) {
        int from = 0;
        int to = url.length();
        while (from < to && url.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && url.charAt(to - 1) <= ' ') {
            to--;
        }
        return url.substring(from, to);
    }
}
