package presskit.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import presskit.diagnostic.Diagnostic;
import presskit.model.CampaignYear;
import presskit.model.Figure;
import presskit.model.FigureUnit;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * A value its unit cannot say would be published wrong ("Tio av tio" for 70 av tio): each value,
 * national and regional, must lie in its unit's range, and be whole unless the unit allows
 * decimals. The schema bounds all units at once; this names the unit and its range.
 */
final class FigureValues {

    private FigureValues() {}

    static List<Diagnostic> check(CampaignYear year, SourceMap sources) {
        List<Diagnostic> found = new ArrayList<>();
        for (int i = 0; i < year.figures().size(); i++) {
            Figure figure = year.figures().get(i);
            check(figure.unit(), figure.value(), List.of("figures", i, "value"), sources, found);
            for (Map.Entry<String, BigDecimal> e : figure.regions().entrySet()) {
                check(
                        figure.unit(),
                        e.getValue(),
                        List.of("figures", i, "regions", e.getKey()),
                        sources,
                        found);
            }
        }
        return found;
    }

    private static void check(
            FigureUnit unit,
            BigDecimal value,
            List<Object> path,
            SourceMap sources,
            List<Diagnostic> found) {
        problem(unit, value)
                .ifPresent(
                        message -> {
                            String field = FieldPath.of(path);
                            found.add(sources.error(field, message));
                        });
    }

    /** What is wrong with {@code value} in {@code unit}, in words, if anything. */
    static Optional<String> problem(FigureUnit unit, BigDecimal value) {
        if (unit.allows(value)) {
            return Optional.empty();
        }
        String written = value.stripTrailingZeros().toPlainString();
        return Optional.of(
                switch (unit) {
                    case OUT_OF_TEN ->
                            written
                                    + " cannot be said 'av tio': write a whole number from 0 to 10"
                                    + " ('8' is said 'åtta av tio'), or use 'unit: procent' for a"
                                    + " percentage";
                    case PERCENT ->
                            written
                                    + " is not a percentage: write 0 to 100 (decimals with a point, 2.5),"
                                    + " or use 'unit: antal' for a count";
                    case COUNT ->
                            written
                                    + " is not a count: write a whole number from 0 to 1000000000,"
                                    + " without spaces (12400 is said '12 400')";
                });
    }
}
