package presskit.variant;

/**
 * A figure as one edition says it: the regional value where the report has one, otherwise the
 * national value, said to be national.
 *
 * @param id the figure's id
 * @param said the value in words ("åtta av tio", "53 procent", "hälften")
 * @param who whom it is about ("socialchefer")
 * @param claim what they say or do
 * @param where where it applies ("i Örebro län", "i hela landet")
 * @param regional whether the value is the region's own
 * @param source where the figure comes from
 */
public record FigureView(
        String id,
        String said,
        String who,
        String claim,
        String where,
        boolean regional,
        String source) {

    /** The figure as one sentence, without location: "Åtta av tio socialchefer har svårt att …". */
    public String sentence() {
        return FigurePhrase.capitalise(clause(false)) + ".";
    }

    /**
     * The figure as one sentence that says where it applies: "Åtta av tio socialchefer i hela
     * landet …".
     */
    public String sentenceWithPlace() {
        return FigurePhrase.capitalise(clause(true)) + ".";
    }

    /**
     * The figure to open a sentence with, without capital or full stop: as {@link #clause}, except
     * that a value written in digits never comes first, since a Swedish sentence does not open with
     * one. Then the claim's first word, its verb, goes before the value: "i hela landet har 53
     * procent av socialcheferna svårt att …", or without a place "av socialcheferna har 53 procent
     * svårt att …" when {@code who} starts with "av".
     */
    public String opening(boolean place) {
        if (said.isEmpty() || !Character.isDigit(said.charAt(0))) {
            return clause(place);
        }
        int space = claim.indexOf(' ');
        String verb = space < 0 ? claim : claim.substring(0, space);
        String rest = space < 0 ? "" : claim.substring(space);
        if (place) {
            return where + " " + verb + " " + said + " " + who + rest;
        }
        return who.startsWith("av ") ? who + " " + verb + " " + said + rest : clause(false);
    }

    /**
     * The figure without capital or full stop, to build a sentence around: "åtta av tio
     * socialchefer …".
     */
    public String clause(boolean place) {
        return said + " " + who + (place ? " " + where : "") + " " + claim;
    }
}
