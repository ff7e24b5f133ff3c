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
     * The figure without capital or full stop, to build a sentence around: "åtta av tio
     * socialchefer …".
     */
    public String clause(boolean place) {
        return said + " " + who + (place ? " " + where : "") + " " + claim;
    }
}
