package presskit.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import presskit.channel.LengthRule;

/**
 * The key of everything a job renders from, so that a later build in another process can take the
 * output an equal job rendered (see {@link RenderMemo}) instead of rendering it again.
 *
 * <p>A key covers the whole job, every component of its views included, walked by their record
 * components, so that a field added to a view or a model record is covered without anyone having to
 * remember it; and the context a build gives (presskit's version and jar, the templates' bytes, the
 * year's optional hashtags). Two jobs with equal keys render to the same output. A value of a type
 * the key cannot read with certainty (a class that is neither a record nor one of the JDK's value
 * types) makes the job unkeyed, and then it is rendered: {@link #key} returns null.
 *
 * <p>The key is 128 bits of two independent 64-bit hashes: not a defence against someone crafting
 * collisions (whoever writes the campaign decides its kit anyway), but far beyond chance between
 * the few thousand outputs of a year. Values met again by identity (the organisation, the release,
 * an edition's figures, which thousands of views share) are walked once.
 *
 * <p>Not thread-safe: one instance keys the jobs of one build, one after another.
 */
final class JobKeys {

    /** What a key is: two 64-bit hashes. */
    record Key(long high, long low) {}

    private static final ClassValue<Method[]> ACCESSORS =
            new ClassValue<>() {
                @Override
                protected Method[] computeValue(Class<?> type) {
                    RecordComponent[] components = type.getRecordComponents();
                    Method[] accessors = new Method[components.length];
                    for (int i = 0; i < components.length; i++) {
                        accessors[i] = components[i].getAccessor();
                        accessors[i].setAccessible(true);
                    }
                    return accessors;
                }
            };

    private final Key context;
    private final Map<Object, Key> seen = new IdentityHashMap<>();

    /** Keys for the jobs of one build, in {@code context}: what else its outputs depend on. */
    JobKeys(String context) {
        Hash hash = new Hash();
        hash.text(context);
        this.context = hash.key();
    }

    /** The key of {@code job}, or null when one of its values is of a type keys cannot read. */
    Key key(Job job) {
        Hash hash = new Hash();
        hash.mix(context.high());
        hash.mix(context.low());
        try {
            value(hash, job);
        } catch (Unkeyable e) {
            return null;
        }
        return hash.key();
    }

    private void value(Hash hash, Object value) {
        if (value == null) {
            hash.mix(0);
        } else if (value instanceof String s) {
            hash.mix(1);
            hash.text(s);
        } else if (value instanceof Boolean b) {
            hash.mix(b ? 2 : 3);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            hash.mix(4);
            hash.mix(((Number) value).longValue());
        } else if (value instanceof Character c) {
            hash.mix(5);
            hash.mix(c);
        } else if (value instanceof Double d) {
            hash.mix(6);
            hash.mix(Double.doubleToLongBits(d));
        } else if (value instanceof Float f) {
            hash.mix(7);
            hash.mix(Float.floatToIntBits(f));
        } else if (value instanceof Enum<?> e) {
            hash.mix(8);
            hash.text(e.getDeclaringClass().getName());
            hash.text(e.name());
        } else if (value instanceof Record || value instanceof List<?>) {
            // Shared by many views: walked once, then its key stands for it.
            Key key = seen.get(value);
            if (key == null) {
                Hash own = new Hash();
                if (value instanceof Record r) {
                    record(own, r);
                } else {
                    own.mix(9);
                    List<?> list = (List<?>) value;
                    own.mix(list.size());
                    for (Object element : list) {
                        value(own, element);
                    }
                }
                key = own.key();
                seen.put(value, key);
            }
            hash.mix(key.high());
            hash.mix(key.low());
        } else if (value instanceof Map<?, ?> map) {
            // Entries in any order: a map's order is not part of what it says.
            unordered(hash, 10, map.entrySet());
        } else if (value instanceof Collection<?> set) {
            unordered(hash, 11, set);
        } else if (value instanceof Optional<?> optional) {
            hash.mix(12);
            value(hash, optional.orElse(null));
        } else if (value instanceof BigDecimal
                || value instanceof BigInteger
                || value instanceof URI
                || value instanceof Path
                || value instanceof TemporalAccessor
                || value instanceof Duration
                || value instanceof ZoneId
                || value instanceof Locale) {
            // The JDK's value types, whose text says all of their value.
            hash.mix(13);
            hash.text(value.getClass().getName());
            hash.text(value.toString());
        } else if (value instanceof byte[] bytes) {
            hash.mix(14);
            hash.mix(bytes.length);
            for (byte b : bytes) {
                hash.mix(b);
            }
        } else if (value instanceof LengthRule rule) {
            // A channel's counting rule is its class and the two settings a rule has.
            hash.mix(15);
            hash.text(rule.getClass().getName());
            optional(hash, rule.linkLength());
            optional(hash, rule.byteLimit());
        } else {
            throw new Unkeyable();
        }
    }

    /** The elements (a map's entries) in any order: each one's key, summed. */
    private void unordered(Hash hash, int tag, Collection<?> elements) {
        hash.mix(tag);
        hash.mix(elements.size());
        long high = 0;
        long low = 0;
        for (Object element : elements) {
            Hash each = new Hash();
            if (element instanceof Map.Entry<?, ?> entry) {
                value(each, entry.getKey());
                value(each, entry.getValue());
            } else {
                value(each, element);
            }
            Key key = each.key();
            high += key.high();
            low += key.low();
        }
        hash.mix(high);
        hash.mix(low);
    }

    private void record(Hash hash, Record record) {
        Class<?> type = record.getClass();
        if (type.isAnonymousClass() || type.isHidden()) {
            throw new Unkeyable();
        }
        hash.mix(16);
        hash.text(type.getName());
        for (Method accessor : ACCESSORS.get(type)) {
            try {
                value(hash, accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new Unkeyable();
            }
        }
    }

    private static void optional(Hash hash, OptionalInt value) {
        hash.mix(value.isPresent() ? value.getAsInt() + 1L : 0L);
    }

    /** A value whose type keys cannot read: its job is rendered. */
    private static final class Unkeyable extends RuntimeException {
        Unkeyable() {
            super(null, null, false, false);
        }
    }

    /** Two 64-bit hashes fed the same values, each with its own multipliers, mixed at the end. */
    private static final class Hash {
        private long high = 0x243F6A8885A308D3L;
        private long low = 0x13198A2E03707344L;

        void mix(long value) {
            high = Long.rotateLeft(high ^ value * 0x9E3779B97F4A7C15L, 29) * 0xBF58476D1CE4E5B9L;
            low = Long.rotateLeft(low ^ value * 0xC2B2AE3D27D4EB4FL, 31) * 0x94D049BB133111EBL;
        }

        void text(String text) {
            mix(text.length());
            int i = 0;
            int n = text.length();
            // Four characters per mix: a text's key costs about a quarter of its length.
            for (; i + 4 <= n; i += 4) {
                mix(
                        (long) text.charAt(i) << 48
                                | (long) text.charAt(i + 1) << 32
                                | (long) text.charAt(i + 2) << 16
                                | text.charAt(i + 3));
            }
            for (; i < n; i++) {
                mix(text.charAt(i));
            }
        }

        Key key() {
            return new Key(finish(high ^ 0x2545F4914F6CDD1DL), finish(low));
        }

        private static long finish(long h) {
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            return h;
        }
    }
}
