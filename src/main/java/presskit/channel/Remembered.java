package presskit.channel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Remembers lengths that are slow to measure: fitting a post measures the same candidate texts
 * again and again, and thousands of posts share lines. Bounded, so a long run cannot grow it
 * without limit.
 */
final class Remembered {

    private static final int MEMORY = 50_000;
    private static final Map<String, Integer> KNOWN = new ConcurrentHashMap<>();

    private Remembered() {}

    static int length(String key, IntSupplier measure) {
        Integer known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        int length = measure.getAsInt();
        if (KNOWN.size() >= MEMORY) {
            KNOWN.clear();
        }
        KNOWN.put(key, length);
        return length;
    }
}
