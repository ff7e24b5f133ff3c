package presskit.model;

import java.util.Map;
import java.util.Optional;

/**
 * A key figure of the report, with how it is said in Swedish and, where known, per region.
 *
 * <p>A figure reads as one sentence: {@code said who [where] claim} — "åtta av tio" + "rektorer" +
 * "har svårt att rekrytera lärare".
 *
 * @param id the id that texts and templates refer to
 * @param value the national value, in {@code unit}
 * @param unit how the value is expressed
 * @param said how the national value is said, when not simply the number ("hälften")
 * @param who whom it is about, fitting the unit ("rektorer", "av rektorerna")
 * @param claim what they say or do
 * @param source where the figure comes from
 * @param regions the value per region code, where known
 */
public record Figure(
        String id,
        int value,
        FigureUnit unit,
        String said,
        String who,
        String claim,
        String source,
        Map<String, Integer> regions) {

    public Figure {
        regions = Map.copyOf(regions);
    }

    public Optional<Integer> regional(String regionCode) {
        return Optional.ofNullable(regions.get(regionCode));
    }
}
