package presskit.validate.links;

import java.util.List;

/**
 * Gives the links a report year's outputs use, so {@code presskit links} can check a year without knowing
 * how years are loaded. Installed through {@link YearLinkSources}.
 */
@FunctionalInterface
public interface YearLinkSource {

    /**
     * Every link of the year's outputs, one {@link LinkUse} per URL and output (or per URL with all its
     * outputs), as written in the data; the checker merges duplicates and strips tracking itself.
     *
     * @param yearOrNull the year asked for, or null for the newest year in {@code messages/}
     * @throws RuntimeException a {@code DiagnosticException} or {@code CommandFailure} when the year cannot
     *     be loaded, which the command line reports as usual
     */
    List<LinkUse> linksOf(Integer yearOrNull);
}
