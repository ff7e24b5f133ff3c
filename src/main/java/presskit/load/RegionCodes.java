package presskit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import presskit.diagnostic.Diagnostic;
import presskit.model.CampaignYear;
import presskit.model.Figure;
import presskit.model.Region;
import presskit.model.Sweden;
import presskit.source.FieldPath;
import presskit.source.SourceMap;

/**
 * A figure's value for a region code that names no region would be dropped without a word, and the
 * region's posts would say the national value: it is an error at its line, listing the codes.
 */
final class RegionCodes {

    private RegionCodes() {}

    static List<Diagnostic> check(CampaignYear year, Sweden sweden, SourceMap sources) {
        List<Diagnostic> found = new ArrayList<>();
        if (sweden.regions().isEmpty()) {
            return found;
        }
        for (int i = 0; i < year.figures().size(); i++) {
            Figure figure = year.figures().get(i);
            for (String code : figure.regions().keySet()) {
                if (sweden.region(code).isEmpty()) {
                    String field = FieldPath.of(List.of("figures", i, "regions", code));
                    SourceMap.Position at = sources.key(field);
                    found.add(
                            Diagnostic.error(
                                    sources.file(),
                                    at.line(),
                                    at.column(),
                                    field,
                                    "no region has the code '"
                                            + code
                                            + "'; the codes are "
                                            + sweden.regions().stream()
                                                    .map(Region::code)
                                                    .collect(Collectors.joining(", "))));
                }
            }
        }
        return found;
    }
}
