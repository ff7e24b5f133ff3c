package presskit.validate.links;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where {@code presskit links} finds the year's links: a source installed by the program's wiring, or
 * else the first one registered as a {@link ServiceLoader} service; none until the year loader exists.
 */
public final class YearLinkSources {

    private static volatile YearLinkSource installed;

    private YearLinkSources() {
    }

    /** Makes {@code source} the one used from now on; null removes it (for tests). */
    public static void install(YearLinkSource source) {
        installed = source;
    }

    /** The installed source, or a registered service, or empty when the program has none. */
    public static Optional<YearLinkSource> current() {
        YearLinkSource source = installed;
        if (source != null) {
            return Optional.of(source);
        }
        return ServiceLoader.load(YearLinkSource.class).findFirst();
    }
}
