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
 */
public record FigureView(
        String id,
        String said,
        String who,
        String claim,
        String where,
        boolean regional,
        String source,
        boolean count) {

    /** The figure as one sentence, without location: "Åtta av tio rektorer har svårt att …". */
    public String sentence() {
        return FigurePhrase.capitalise(start(false)) + ".";
    }

    /**
     * The figure as one sentence that says where it applies: "Åtta av tio rektorer i hela landet
     * …".
     */
    public String sentenceWithPlace() {
        return FigurePhrase.capitalise(start(true)) + ".";
    }

    /**
     * The figure at the start of a sentence, without capital or full stop: a count as {@link
     * #opening}, so that "12 400" never comes first ("totalt saknas 12 400 heltidstjänster"); any
     * other unit as {@link #clause}, as the shipped texts have always said it.
     */
    public String start(boolean place) {
        return count ? opening(place) : clause(place);
    }

    /**
     * The figure to open a sentence with, without capital or full stop: as {@link #clause}, except
     * that a value written in digits never comes first, since a Swedish sentence does not open with
     * one. Then the claim's first word, its verb, goes before the value: "i hela landet har 53
     * procent av rektorerna svårt att …", or without a place "av rektorerna har 53 procent svårt
     * att …" when {@code who} starts with "av", and a count without a place after "totalt": "totalt
     * saknas 12 400 heltidstjänster".
     */
    public String opening(boolean place) {
        if (said.isEmpty() || !Character.isDigit(said.charAt(0))) {
            return clause(place);
        }
        int space = claim.indexOf(' ');
        String verb = space < 0 ? claim : claim.substring(0, space);
        String rest = space < 0 ? "" : claim.substring(space + 1);
        if (place) {
            return words(where, verb, said, who, rest);
        }
        if (who.startsWith("av ")) {
            return words(who, verb, said, rest);
        }
        return count ? words("totalt", verb, said, who, rest) : clause(false);
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
