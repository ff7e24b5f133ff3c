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
 * @param links the year's links, with what an online check found where one has run
 */
public record Kit(int year, OffsetDateTime embargo, List<Output> outputs, List<LinkCard> links) {

    public Kit {
        outputs = outputs.stream().sorted(Comparator.comparing(Output::id)).toList();
        links = List.copyOf(links);
    }

    /** The same kit with more outputs. */
    public Kit with(List<Output> more) {
        List<Output> all = new java.util.ArrayList<>(outputs);
        all.addAll(more);
        return new Kit(year, embargo, all, links);
    }

    /** The same kit with these link cards. */
    public Kit withLinks(List<LinkCard> cards) {
        return new Kit(year, embargo, outputs, cards);
    }

    public List<Output> posts() {
        return outputs.stream().filter(o -> o.kind().isPost()).toList();
    }
}
