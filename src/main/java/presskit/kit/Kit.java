package presskit.kit;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * A year's complete kit in memory: every output, ready to be validated and written.
 *
 * @param year the report year
 * @param embargo the year's embargo, or null
 * @param outputs every output, sorted by id
 */
public record Kit(int year, OffsetDateTime embargo, List<Output> outputs) {

    public Kit {
        outputs = outputs.stream().sorted(Comparator.comparing(Output::id)).toList();
    }

    public List<Output> posts() {
        return outputs.stream().filter(o -> o.kind().isPost()).toList();
    }
}
