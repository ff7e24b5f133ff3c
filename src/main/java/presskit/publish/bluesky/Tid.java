package presskit.publish.bluesky;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Makes record keys in the AT Protocol's TID format: 13 characters of base32-sortable, the first 53
 * bits the microseconds since 1970 and the last 10 a clock id, so keys sort by time. A post's
 * record key must be a TID ({@code app.bsky.feed.post} has {@code key: "tid"}).
 */
final class Tid {

    /** The AT Protocol's TID syntax. */
    static final Pattern SYNTAX =
            Pattern.compile("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");

    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

    private final Clock clock;
    private final long clockId;
    private long last;

    Tid(Clock clock) {
        this.clock = clock;
        // A random clock id, so two machines posting in the same microsecond differ.
        this.clockId = new SecureRandom().nextInt(1024);
    }

    /** A new key, later than every key this generator made before. */
    synchronized String next() {
        Instant now = clock.instant();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        // Never the same or an earlier time twice, even when the clock stands still or goes back.
        micros = Math.max(micros, last + 1);
        last = micros;
        return encode((micros << 10) | clockId);
    }

    static String encode(long value) {
        char[] text = new char[13];
        long rest = value;
        for (int i = 12; i >= 0; i--) {
            text[i] = ALPHABET.charAt((int) (rest & 31));
            rest >>>= 5;
        }
        return new String(text);
    }

    /** The moment a TID was made, from its first 53 bits. */
    static Instant time(String tid) {
        long value = 0;
        for (char c : tid.toCharArray()) {
            value = (value << 5) | ALPHABET.indexOf(c);
        }
        long micros = value >>> 10;
        return Instant.ofEpochSecond(micros / 1_000_000L, (micros % 1_000_000L) * 1_000L);
    }
}
