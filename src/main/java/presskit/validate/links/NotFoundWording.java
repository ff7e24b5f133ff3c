package presskit.validate.links;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises, in Swedish and English, a title or heading saying that a page does not exist. Many
 * sites answer a missing page with status 200 and such a text (a "soft 404"), which a status check
 * alone misses.
 */
final class NotFoundWording {

    // A bare 404 counts only as the whole title or beside error words: "Sida 404" may be page
    // number 404.
    // Apostrophes may be typographic (’): sites copy their texts from word processors.
    private static final List<Pattern> PATTERNS =
            List.of(
                    Pattern.compile("^404\\s*([-–—:|!.]|$)"),
                    Pattern.compile("\\b(error|fel|felkod|http|status)\\s*:?\\s*404\\b"),
                    Pattern.compile("\\b404\\s*[-–—:|]?\\s*(error|fel|not found|page|sidan)"),
                    Pattern.compile(
                            "sidan (du söker |du letar efter )?(kunde inte hittas|hittades inte|finns inte|saknas)"),
                    Pattern.compile("sidan (existerar inte|har tagits bort)"),
                    Pattern.compile("(kunde inte|gick inte att) hittas"),
                    Pattern.compile("hittade inte sidan"),
                    Pattern.compile("\\bnot found\\b"),
                    Pattern.compile("(cannot|can['’]t|could not|couldn['’]t) be found"),
                    Pattern.compile("page (does not|doesn['’]t) exist"),
                    Pattern.compile("no longer (exists|available)"));

    private NotFoundWording() {}

    /** Whether the text (a title or heading; may be null) says the page does not exist. */
    static boolean saysNotFound(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return PATTERNS.stream().anyMatch(p -> p.matcher(lower).find());
    }
}
