package presskit.kit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A year's complete kit in memory: every output, ready to be validated and written.
 *
 * @param year the report year
 * @param embargo the year's embargo, or null
 * @param outputs every output, sorted by id
 * @param links the year's links, with what an online check found where one has run
 * @param frames the local posts rendered with stand-ins for the branch's politicians, for the page
 */
public record Kit(
        int year,
        OffsetDateTime embargo,
        List<Output> outputs,
        List<LinkCard> links,
        List<PostFrame> frames) {

    public Kit {
        outputs = byId(outputs);
        links = List.copyOf(links);
        frames = List.copyOf(frames);
    }

    /** {@code outputs} sorted by id, each id made text once rather than at every comparison. */
    private static List<Output> byId(List<Output> outputs) {
        record Keyed(String id, Output output) {}
        return outputs.stream()
                .map(o -> new Keyed(o.id().toString(), o))
                .sorted(Comparator.comparing(Keyed::id))
                .map(Keyed::output)
                .toList();
    }

    /** A kit without frames. */
    public Kit(int year, OffsetDateTime embargo, List<Output> outputs, List<LinkCard> links) {
        this(year, embargo, outputs, links, List.of());
    }

    /** The same kit with more outputs. */
    public Kit with(List<? extends Output> more) {
        List<Output> all = new ArrayList<>(outputs);
        all.addAll(more);
        return new Kit(year, embargo, all, links, frames);
    }

    /** The posts and threads, in id order. */
    public List<Posted> posts() {
        return outputs.stream().filter(Posted.class::isInstance).map(Posted.class::cast).toList();
    }

    /** The outputs whose content is text, in id order. */
    public List<TextOutput> texts() {
        return outputs.stream()
                .filter(TextOutput.class::isInstance)
                .map(TextOutput.class::cast)
                .toList();
    }
}
