package presskit.publish;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The record of what one year's run has sent to one network, per output id and part, so that a
 * re-run never posts anything twice. {@link LedgerFile} keeps it on disk.
 */
public final class Ledger {

    private final int year;
    private final String channel;
    private final Map<String, Map<Integer, LedgerPart>> outputs = new TreeMap<>();

    public Ledger(int year, String channel) {
        this.year = year;
        this.channel = channel;
    }

    public int year() {
        return year;
    }

    public String channel() {
        return channel;
    }

    public Optional<LedgerPart> part(String outputId, int number) {
        return Optional.ofNullable(outputs.getOrDefault(outputId, Map.of()).get(number));
    }

    public void put(String outputId, LedgerPart part) {
        outputs.computeIfAbsent(outputId, id -> new TreeMap<>()).put(part.number(), part);
    }

    public void remove(String outputId, int number) {
        Map<Integer, LedgerPart> parts = outputs.get(outputId);
        if (parts != null) {
            parts.remove(number);
            if (parts.isEmpty()) {
                outputs.remove(outputId);
            }
        }
    }

    /** Every output id with its parts, sorted, for writing. */
    Map<String, Map<Integer, LedgerPart>> entries() {
        return outputs;
    }
}
