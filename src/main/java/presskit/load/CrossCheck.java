package presskit.load;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import presskit.diagnostic.Diagnostic;
import presskit.model.CampaignYear;
import presskit.model.Figure;
import presskit.model.Link;
import presskit.model.LinkUse;
import presskit.model.PlanEntry;
import presskit.model.Quote;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/** Checks what a schema cannot: unique ids, references between fields, dates in order. */
final class CrossCheck {

    private final SourceMap sources;
    private final List<Diagnostic> found = new ArrayList<>();

    CrossCheck(SourceMap sources) {
        this.sources = sources;
    }

    List<Diagnostic> check(CampaignYear year, int expectedYear) {
        if (year.year() != expectedYear) {
            error(
                    "year",
                    "says "
                            + year.year()
                            + " but the file is "
                            + expectedYear
                            + ".yaml; they must agree");
        }
        unique("figures", year.figures(), Figure::id);
        unique("quotes", year.quotes(), Quote::id);
        unique("links", year.links(), Link::id);
        unique("hashtags", year.hashtags(), h -> h.tag().toLowerCase(Locale.ROOT));
        references(
                "release.figures",
                year.release().figureIds(),
                ids(year.figures(), Figure::id),
                "figure");
        if (year.local() != null && year.local().figureId() != null) {
            reference("local.figure", year.local().figureId(), ids(year.figures(), Figure::id));
        }
        if (year.survey() != null && year.survey().to().isBefore(year.survey().from())) {
            error(
                    "survey.to",
                    "the survey ends ("
                            + year.survey().to()
                            + ") before it starts ("
                            + year.survey().from()
                            + ")");
        }
        plan(year);
        SwedishOffsets.check(year, this::error);
        long primaries = year.links().stream().filter(Link::primary).count();
        if (primaries > 1) {
            error(
                    "links",
                    primaries + " links are marked primary; posts carry one, so mark only one");
        }
        for (int i = 0; i < year.links().size(); i++) {
            Link link = year.links().get(i);
            if (link.primary() && !link.allowedIn(LinkUse.POSTS)) {
                error(
                        FieldPath.index("links", i) + ".in",
                        "the primary link is the one posts carry, but this list leaves posts"
                                + " out; add posts to it, or mark as primary a link posts may"
                                + " carry");
            }
        }
        return found;
    }

    private void plan(CampaignYear year) {
        sameMinute(year.plan());
        for (int i = 0; i < year.plan().size(); i++) {
            PlanEntry e = year.plan().get(i);
            String path = "plan[" + i + "]";
            boolean numbered = e.post().startsWith("key-") || e.post().startsWith("short-");
            int available =
                    e.post().startsWith("key-")
                            ? year.keyMessages().size()
                            : year.shortMessages().size();
            if (numbered && !within(e.post().substring(e.post().indexOf('-') + 1), available)) {
                error(
                        path + ".post",
                        "'"
                                + e.post()
                                + "' does not exist: the year has "
                                + available
                                + " "
                                + (e.post().startsWith("key-") ? "key" : "short")
                                + " messages");
            }
            if (year.report().embargo() != null && e.at().isBefore(year.report().embargo())) {
                error(
                        path + ".at",
                        "scheduled for "
                                + e.at()
                                + ", before the embargo lifts at "
                                + year.report().embargo()
                                + "; nothing may be published before it");
            }
            if (e.at().getMinute() % 5 != 0 || e.at().getSecond() != 0) {
                error(
                        path + ".at",
                        "use a time on a five-minute mark (06:00, 06:05 …); schedulers such as "
                                + "Hootsuite accept no others");
            }
        }
    }

    /**
     * An error at each entry that a network already has a post for in the same minute: schedulers
     * post one post per profile a minute, and Hootsuite and Buffer refuse or reorder the rest.
     */
    private void sameMinute(List<PlanEntry> plan) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            PlanEntry e = plan.get(i);
            OffsetDateTime minute =
                    e.at().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
            Integer earlier = first.putIfAbsent(e.channel() + " " + minute, i);
            if (earlier != null) {
                error(
                        "plan[" + i + "].at",
                        "plan["
                                + earlier
                                + "] already posts '"
                                + plan.get(earlier).post()
                                + "' to "
                                + e.channel()
                                + " in the minute of "
                                + e.at()
                                + "; a network takes one post a minute: move this one to another"
                                + " five-minute mark, e.g. "
                                + e.at().plusMinutes(5));
            }
        }
    }

    /**
     * Whether {@code digits} (as the schema lets through: one or more, no leading zero) number one
     * of {@code available} messages; compared as text first, so that no count of digits can
     * overflow.
     */
    private static boolean within(String digits, int available) {
        String most = Integer.toString(available);
        return digits.length() < most.length()
                || (digits.length() == most.length() && digits.compareTo(most) <= 0);
    }

    private <T> void unique(String field, List<T> items, Function<T, String> id) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                String path = FieldPath.index(field, i);
                error(
                        path,
                        "'"
                                + key
                                + "' is used twice (also "
                                + FieldPath.index(field, earlier)
                                + ", line "
                                + sources.value(FieldPath.index(field, earlier)).line()
                                + ")");
            }
        }
    }

    private void references(String field, List<String> refs, Set<String> defined, String what) {
        for (int i = 0; i < refs.size(); i++) {
            if (!defined.contains(refs.get(i))) {
                error(
                        FieldPath.index(field, i),
                        "no "
                                + what
                                + " with id '"
                                + refs.get(i)
                                + "'"
                                + hint(refs.get(i), defined));
            }
        }
    }

    /** A single reference to a figure, such as {@code local.figure}. */
    private void reference(String field, String ref, Set<String> defined) {
        if (!defined.contains(ref)) {
            error(field, "no figure with id '" + ref + "'" + hint(ref, defined));
        }
    }

    private static String hint(String ref, Set<String> defined) {
        return Suggestions.closest(ref, defined)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; defined: " + String.join(", ", defined.stream().sorted().toList()));
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private void error(String path, String message) {
        SourceMap.Position at = sources.value(path);
        found.add(Diagnostic.error(sources.file(), at.line(), at.column(), path, message));
    }
}
