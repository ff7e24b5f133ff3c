package presskit.variant;

import java.util.Arrays;

/**
 * A figure as one edition says it: the regional value where the report has one, otherwise the
 * national value, said to be national.
 *
 * @param id the figure's id
 * @param said the value in words ("åtta av tio", "53 procent", "hälften")
 * @param who whom or what it is about ("rektorer", "heltidstjänster"); empty when the claim says it
 * @param claim what they say or do
 * @param where where it applies ("i Dalarnas län", "i hela landet")
 * @param regional whether the value is the region's own
 * @param source where the figure comes from
 * @param count whether the value is a count ("12 400 heltidstjänster"), which never opens a
 *     sentence with its digits
 * @param national the national value in words, to compare a regional value with; the same as {@code
 *     said} for a national figure
 */
public record FigureView(
        String id,
        String said,
        String who,
        String claim,
        String where,
        boolean regional,
        String source,
        boolean count,
        String national) {

    /**
     * The figure as one sentence, without location: "Åtta av tio rektorer har svårt att …", "Av
     * rektorerna har 53 procent svårt att …" (never digits first).
     */
    public String sentence() {
        return FigurePhrase.capitalise(opening(false)) + ".";
    }

    /**
     * The figure as one sentence that says where it applies: "Åtta av tio rektorer i hela landet
     * …", "I hela landet har 53 procent av rektorerna …".
     */
    public String sentenceWithPlace() {
        return FigurePhrase.capitalise(opening(true)) + ".";
    }

    /** The figure at the start of a sentence, without capital or full stop: as {@link #opening}. */
    public String start(boolean place) {
        return opening(place);
    }

    /**
     * The figure to open a sentence with, without capital or full stop: as {@link #clause}, except
     * that a value written in digits never comes first, since a Swedish sentence does not open with
     * one. Then the claim's first word, its verb, goes before the value: "i hela landet har 53
     * procent av rektorerna svårt att …", or without a place "av rektorerna har 53 procent svårt
     * att …" when {@code who} starts with "av", "totalt saknas 12 400 heltidstjänster" for a count,
     * else "enligt Rapporten har 53 procent rektorer …".
     */
    public String opening(boolean place) {
        if (place) {
            return openingAt(where);
        }
        if (!digitsFirst()) {
            return clause(false);
        }
        if (who.startsWith("av ")) {
            return words(who, verb(), said, rest());
        }
        return words(count ? "totalt" : "enligt " + source, verb(), said, who, rest());
    }

    /**
     * The figure opening a sentence with {@code place} first when its value is in digits: "i länet
     * har 71 procent av lärarna fått …"; else "åtta av tio lärare i länet hinner inte …".
     */
    public String openingAt(String place) {
        if (!digitsFirst() || place.isEmpty()) {
            return words(said, who, place, claim);
        }
        return words(place, verb(), said, who, rest());
    }

    /**
     * The figure opening a sentence with the place first, whatever its value: "i Uppsala län hinner
     * åtta av tio lärare inte planera …", as a regional lede says it.
     */
    public String placeFirst() {
        return words(where, verb(), said, who, rest());
    }

    /** Whether the value is written in digits ("53 procent", "12 400"), not in words. */
    public boolean digitsFirst() {
        return !said.isEmpty() && Character.isDigit(said.charAt(0));
    }

    private String verb() {
        int space = claim.indexOf(' ');
        return space < 0 ? claim : claim.substring(0, space);
    }

    private String rest() {
        int space = claim.indexOf(' ');
        return space < 0 ? "" : claim.substring(space + 1);
    }

    /**
     * The figure without capital or full stop, to build a sentence around: "åtta av tio rektorer
     * …".
     */
    public String clause(boolean place) {
        return words(said, who, place ? where : "", claim);
    }

    /**
     * The parts with one space between, leaving out an empty one such as a count's missing noun.
     */
    private static String words(String... parts) {
        return String.join(" ", Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }
}
