package presskit.export;

/**
 * A kit-wide file the press-kit page offers for download; the page template names it.
 *
 * @param path the file below {@code out/<year>/}
 * @param kind what it holds: {@code press}, {@code social} or {@code region} (zips), {@code
 *     contacts} (the vCards) or {@code manifest}
 * @param region the region's name for a region's zip; null otherwise
 */
public record Download(String path, String kind, String region) {}
