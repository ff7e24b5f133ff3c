package presskit.channel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Remembers lengths that are slow to measure: fitting a post measures the same candidate texts
 * again and again, and thousands of posts share lines. One per counting rule, so what one rule
 * measured never answers for another; bounded, so a long run cannot grow it without limit.
 */
final class Remembered {

    private static final int MEMORY = 50_000;
    private final Map<String, Integer> known = new ConcurrentHashMap<>();

    int length(String text, IntSupplier measure) {
        Integer length = known.get(text);
        if (length != null) {
            return length;
        }
        int measured = measure.getAsInt();
        if (known.size() >= MEMORY) {
            known.clear();
        }
        known.put(text, measured);
        return measured;
    }
}
