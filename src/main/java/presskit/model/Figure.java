package presskit.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A key figure of the report, with how it is said in Swedish and, where known, per region.
 *
 * <p>A figure reads as one sentence: {@code said who [where] claim} — "åtta av tio" + "rektorer" +
 * "har svårt att rekrytera lärare"; a count says its noun as {@code who}: "12 400" +
 * "heltidstjänster" + "saknas".
 *
 * @param id the id that texts and templates refer to
 * @param value the national value, in {@code unit}; exact, so that 2.5 stays 2.5
 * @param unit how the value is expressed
 * @param said how the national value is said, when not simply the number ("hälften")
 * @param who whom it is about, fitting the unit ("rektorer", "av rektorerna")
 * @param claim what they say or do
 * @param source where the figure comes from
 * @param regions the value per region code, where known
 */
public record Figure(
        String id,
        BigDecimal value,
        FigureUnit unit,
        String said,
        String who,
        String claim,
        String source,
        Map<String, BigDecimal> regions) {

    public Figure {
        regions = Map.copyOf(regions);
    }

    public Optional<BigDecimal> regional(String regionCode) {
        return Optional.ofNullable(regions.get(regionCode));
    }
}
